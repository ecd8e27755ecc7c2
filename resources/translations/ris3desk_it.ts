<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>App</name>
    <message>
        <source>Details were written to {0}.</source>
        <translation>I dettagli sono stati scritti in {0}.</translation>
    </message>
    <message>
        <source>RIS3 Desk</source>
        <translation>RIS3 Desk</translation>
    </message>
    <message>
        <source>The register cannot be opened.</source>
        <translation>Non è possibile aprire il registro.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Taken</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Crea ora una copia</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Ripristina…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Apri la cartella</translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation>Lettura delle copie di sicurezza…</translation>
    </message>
    <message>
        <source>This is a team register on a database server: it is backed up on the server by its administrators. “Back up now” saves a copy of its data (a JSON export) on this computer.</source>
        <translation>Questo è un registro condiviso su un server di database: le sue copie di sicurezza vengono create sul server dai suoi amministratori. “Crea ora una copia” salva una copia dei suoi dati (un&apos;esportazione JSON) su questo computer.</translation>
    </message>
    <message>
        <source>RIS3 Desk keeps a backup of each of the last 7 days you worked, one a week for 4 weeks, and one before every upgrade, import and restore. Every backup is checked after it is written. They are kept in %1.</source>
        <translation>RIS3 Desk conserva una copia di sicurezza per ciascuno degli ultimi 7 giorni in cui hai lavorato, una alla settimana per 4 settimane e una prima di ogni aggiornamento, importazione e ripristino. Ogni copia viene controllata dopo essere stata scritta. Le copie sono conservate in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n copia di sicurezza.</numerusform>
            <numerusform>%n copie di sicurezza.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Nessuna copia di sicurezza.</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Creazione e controllo della copia…</translation>
    </message>
    <message>
        <source>Backup written and checked: %1.</source>
        <translation>Copia di sicurezza scritta e controllata: %1.</translation>
    </message>
    <message>
        <source>Put the register back as it was on %1 (%2)?

Everything entered since then is replaced. The register as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Riportare il registro com&apos;era il %1 (%2)?

Tutto ciò che è stato inserito da allora viene sostituito. Prima viene creata una copia di sicurezza del registro com&apos;è ora, quindi puoi annullare l&apos;operazione ripristinando quella copia.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>Restored. The register as it was before is kept as a backup.</source>
        <translation>Ripristino completato. Il registro com&apos;era prima è conservato come copia di sicurezza.</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>Controlla il registro</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemi trovati</translation>
    </message>
    <message>
        <source>&amp;Rebuild the search index</source>
        <translation>&amp;Ricostruisci l&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>Reads every record again into the search index; nothing else is changed</source>
        <translation>Inserisce di nuovo ogni elemento nell&apos;indice di ricerca; nient&apos;altro viene modificato</translation>
    </message>
    <message>
        <source>The register is healthy: the database&apos;s own checks and the application&apos;s checks found nothing wrong.</source>
        <translation>Il registro è integro: i controlli del database e quelli dell&apos;applicazione non hanno trovato nulla di anomalo.</translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s):</source>
        <translation>
            <numerusform>Il controllo ha trovato %n problema:</numerusform>
            <numerusform>Il controllo ha trovato %n problemi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. The search index can be rebuilt here; any other problem needs a person: correct the records named, or put back a backup (Tools ▸ Backups…).</source>
        <translation>Non è stato modificato nulla. L&apos;indice di ricerca si può ricostruire qui; ogni altro problema richiede l&apos;intervento di una persona: correggi gli elementi indicati o ripristina una copia di sicurezza (Strumenti ▸ Copie di sicurezza…).</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation>Colonne di %1</translation>
    </message>
    <message>
        <source>guessed from the headers</source>
        <translation>dedotta dalle intestazioni</translation>
    </message>
    <message>
        <source>as you set it last time</source>
        <translation>come l&apos;hai impostata l&apos;ultima volta</translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation>come l&apos;hai impostata</translation>
    </message>
    <message>
        <source>Choose the field each column fills; “Not imported” skips a column. The mapping shown is %1.</source>
        <translation>Scegli il campo che ogni colonna compila; “Non importata” salta una colonna. La corrispondenza mostrata è %1.</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codifica del testo</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Codifica del testo:</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Campo per la colonna %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importata</translation>
    </message>
    <message>
        <source>Remember this mapping for files with the same columns</source>
        <translation>Ricorda questa corrispondenza per i file con le stesse colonne</translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation>Windows-1250 (Europa centrale)</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (greco)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirillico)</translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation>Windows-1257 (baltico)</translation>
    </message>
    <message>
        <source>* needed for every row</source>
        <translation>* obbligatorio in ogni riga</translation>
    </message>
    <message>
        <source>More than one column is set to: %1.</source>
        <translation>Più di una colonna è impostata su: %1.</translation>
    </message>
    <message>
        <source>No column is set to: %1.</source>
        <translation>Nessuna colonna è impostata su: %1.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>While you were editing “{0}”, someone else saved a change to this {1}. For each field, choose the value to keep.</source>
        <translation>Mentre modificavi “{0}”, un&apos;altra persona ha salvato una modifica a questo elemento ({1}). Per ogni campo, scegli il valore da tenere.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>La tua versione</translation>
    </message>
    <message>
        <source>Their version (saved now)</source>
        <translation>L&apos;altra versione (salvata ora)</translation>
    </message>
    <message>
        <source>{0}: keep your version</source>
        <translation>{0}: tieni la tua versione</translation>
    </message>
    <message>
        <source>{0}: keep their version</source>
        <translation>{0}: tieni l&apos;altra versione</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Tieni tutte le &amp;mie</translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation>Tieni tutte le &amp;altre</translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation>Salva la mia scelta</translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation>Torna al modulo</translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The register is damaged</source>
        <translation>Il registro è danneggiato</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 did not pass its check when it was opened&lt;/b&gt;, so RIS3 Desk did not open it: nothing more has been written to it.&lt;/p&gt;&lt;p&gt;SQLite reported: %2&lt;/p&gt;&lt;p&gt;This usually comes from the computer switching off while the file was being written, a full or failing disk, or a sync program (OneDrive, Dropbox, …) copying the file while it was in use.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 non ha superato il controllo all&apos;apertura&lt;/b&gt;, quindi RIS3 Desk non l&apos;ha aperto: non vi è stato scritto più nulla.&lt;/p&gt;&lt;p&gt;SQLite ha segnalato: %2&lt;/p&gt;&lt;p&gt;Di solito la causa è lo spegnimento del computer mentre il file veniva scritto, un disco pieno o guasto, oppure un programma di sincronizzazione (OneDrive, Dropbox, …) che copiava il file mentre era in uso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest good backup is from &lt;b&gt;%1&lt;/b&gt; (%2). Restoring it puts that backup in place of the register; the damaged file is kept beside it, renamed, in case someone can recover more from it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La copia di sicurezza integra più recente è del &lt;b&gt;%1&lt;/b&gt; (%2). Ripristinandola, la copia prende il posto del registro; il file danneggiato viene conservato accanto, con un altro nome, nel caso qualcuno riesca a recuperarne altri dati.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;No good backup of this register was found in its backup folder. You can choose a backup file yourself, for example one you saved elsewhere.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nella cartella delle copie di questo registro non è stata trovata alcuna copia di sicurezza integra. Puoi scegliere tu un file di copia, ad esempio uno salvato altrove.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Ripristina questa copia</translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation>&amp;Scegli un&apos;altra copia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Scegli una copia di sicurezza</translation>
    </message>
    <message>
        <source>RIS3 Desk backups (*.db);;All files (*)</source>
        <translation>Copie di sicurezza di RIS3 Desk (*.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina una copia di sicurezza</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia di sicurezza ripristinata</translation>
    </message>
    <message>
        <source>The backup is in place and the register will open now. The damaged file was kept as %1.</source>
        <translation>La copia di sicurezza è al suo posto e ora il registro verrà aperto. Il file danneggiato è stato conservato come %1.</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>Edit this {0} (Ctrl+E)</source>
        <translation>Modifica questo elemento: {0} (Ctrl+E)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Delete this {0}</source>
        <translation>Elimina questo elemento: {0}</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Who works with whom, around this {0}</source>
        <translation>Chi lavora con chi, attorno a questo elemento: {0}</translation>
    </message>
    <message>
        <source>Sectors…</source>
        <translation>Settori…</translation>
    </message>
    <message>
        <source>Link sectors and technologies</source>
        <translation>Collega settori e tecnologie</translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Every change to this record: when, by whom, before and after (Ctrl+H)</source>
        <translation>Ogni modifica a questo elemento: quando, da chi, prima e dopo (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selected record</source>
        <translation>Dettagli dell&apos;elemento selezionato</translation>
    </message>
    <message>
        <source>Press Tab to move between links, Enter to follow one.</source>
        <translation>Premi Tab per passare da un collegamento all&apos;altro, Invio per aprirlo.</translation>
    </message>
    <message>
        <source>This {0} no longer exists; it may have been deleted.</source>
        <translation>Questo elemento ({0}) non esiste più; potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation>Seleziona un elemento per vederne i dettagli.</translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Demo record</source>
        <translation>Dato dimostrativo</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fonte: {0}</translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation>aggiornato al {0}</translation>
    </message>
    <message>
        <source>last changed {0}</source>
        <translation>ultima modifica {0}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>No sector linked yet.</source>
        <translation>Nessun settore collegato.</translation>
    </message>
    <message>
        <source>Sectors and technologies</source>
        <translation>Settori e tecnologie</translation>
    </message>
    <message>
        <source>Add contact person…</source>
        <translation>Aggiungi referente…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>No contact person yet.</source>
        <translation>Nessun referente.</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Add to a partnership…</source>
        <translation>Aggiungi a un partenariato…</translation>
    </message>
    <message>
        <source>Not in any partnership yet.</source>
        <translation>Non partecipa ancora ad alcun partenariato.</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation>Registra un&apos;interazione…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>No interaction recorded yet.</source>
        <translation>Nessuna interazione registrata.</translation>
    </message>
    <message>
        <source>No start and end dates recorded.</source>
        <translation>Date di inizio e fine non registrate.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation>Aggiungi partecipante…</translation>
    </message>
    <message>
        <source>Starts on {0}.</source>
        <translation>Inizia il {0}.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>Key enabling technologies:</source>
        <translation>Tecnologie abilitanti fondamentali:</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>Cancella i dati personali…</translation>
    </message>
    <message>
        <source>Ended on {0}.</source>
        <translation>Terminato il {0}.</translation>
    </message>
    <message>
        <source>{0}% of the time has passed; it ends on {1}, in {2} days.</source>
        <translation>Trascorso il {0}% del tempo; termina il {1}, tra {2} giorni.</translation>
    </message>
    <message>
        <source>No participant yet.</source>
        <translation>Nessun partecipante.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Add partner region…</source>
        <translation>Aggiungi regione partner…</translation>
    </message>
    <message>
        <source>No partner region yet.</source>
        <translation>Nessuna regione partner.</translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation>Regioni partner</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tempistica</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>Sottoaree</translation>
    </message>
    <message>
        <source>Key enabling technologies</source>
        <translation>Tecnologie abilitanti fondamentali</translation>
    </message>
    <message>
        <source>Show them all in the list</source>
        <translation>Mostrali tutti nell&apos;elenco</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>No organisation in this sector yet.</source>
        <translation>Nessuna organizzazione in questo settore.</translation>
    </message>
    <message>
        <source>No partnership in this sector yet.</source>
        <translation>Nessun partenariato in questo settore.</translation>
    </message>
    <message>
        <source>NUTS level {0}</source>
        <translation>Livello NUTS {0}</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Fa parte di</translation>
    </message>
    <message>
        <source>No partnership involves this region yet.</source>
        <translation>Nessun partenariato coinvolge questa regione.</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…e altri {0}.</translation>
    </message>
    <message>
        <source>No organisation located here yet.</source>
        <translation>Nessuna organizzazione con sede qui.</translation>
    </message>
    <message>
        <source>Attach an organisation…</source>
        <translation>Collega un&apos;organizzazione…</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Scollega</translation>
    </message>
    <message>
        <source>No organisation attached.</source>
        <translation>Nessuna organizzazione collegata.</translation>
    </message>
    <message>
        <source>Attach a partnership…</source>
        <translation>Collega un partenariato…</translation>
    </message>
    <message>
        <source>No partnership attached.</source>
        <translation>Nessun partenariato collegato.</translation>
    </message>
    <message>
        <source>Add follow-up action…</source>
        <translation>Aggiungi azione di seguito…</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatta</translation>
    </message>
    <message>
        <source>open</source>
        <translation>aperta</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>entro il {0}</translation>
    </message>
    <message>
        <source>No follow-up action.</source>
        <translation>Nessuna azione di seguito.</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Azioni di seguito</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate organisations</source>
        <translation>Possibili organizzazioni duplicate</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>&amp;Look for duplicates</source>
        <translation>&amp;Cerca i duplicati</translation>
    </message>
    <message>
        <source>Compare every organisation with the others in its city</source>
        <translation>Confronta ogni organizzazione con le altre della stessa città</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop looking; nothing is added to the list</source>
        <translation>Interrompe la ricerca; nulla viene aggiunto all&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation>&amp;Sono diverse</translation>
    </message>
    <message>
        <source>Take the pair off the list; it will not be offered again</source>
        <translation>Togli la coppia dall&apos;elenco; non verrà più proposta</translation>
    </message>
    <message>
        <source>Pairs to review, closest first:</source>
        <translation>Coppie da esaminare, prima le più simili:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Primo elemento</translation>
    </message>
    <message>
        <source>Second record</source>
        <translation>Secondo elemento</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Unisci</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Tieni:</translation>
    </message>
    <message>
        <source>For each field that differs, choose the value to keep:</source>
        <translation>Per ogni campo diverso, scegli il valore da tenere:</translation>
    </message>
    <message>
        <source>Merges done</source>
        <translation>Unioni eseguite</translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation>&amp;Annulla unione</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Merges done (newest first):</source>
        <translation>Unioni eseguite (prima le più recenti):</translation>
    </message>
    <message>
        <source>Similar names (%1%) in %2</source>
        <translation>Nomi simili (%1%), località: %2</translation>
    </message>
    <message>
        <source>the same place</source>
        <translation>la stessa</translation>
    </message>
    <message>
        <source>different PICs %1 and %2</source>
        <translation>PIC diversi %1 e %2</translation>
    </message>
    <message>
        <source>No possible duplicates on the list.</source>
        <translation>Nessun possibile duplicato in elenco.</translation>
    </message>
    <message>
        <source>%1: “%2” merged into “%3”</source>
        <translation>%1: “%2” unito a “%3”</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(annullata)</translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation>Elemento conservato</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Elemento unito</translation>
    </message>
    <message>
        <source>Moves to the kept record: %1. The other record is then deleted; Undo merge brings it back.</source>
        <translation>Passano all&apos;elemento conservato: %1. L&apos;altro elemento viene poi eliminato; Annulla unione lo ripristina.</translation>
    </message>
    <message>
        <source>Participation in “%1”: the kept record is already in it; one participation stays, as %2.</source>
        <translation>Partecipazione a “%1”: l&apos;elemento conservato ne fa già parte; resta una sola partecipazione, come %2.</translation>
    </message>
    <message>
        <source>The other record&apos;s contribution, %1, is not added to it.</source>
        <translation>Il contributo dell&apos;altro elemento, %1, non viene sommato.</translation>
    </message>
    <message>
        <source>Sector “%1”: both are linked to it; the kept record&apos;s link stays and becomes primary, as the other&apos;s was.</source>
        <translation>Settore “%1”: è collegato a entrambi; resta il collegamento dell&apos;elemento conservato, che diventa principale come lo era quello dell&apos;altro.</translation>
    </message>
    <message>
        <source>Sector “%1”: both are linked to it; the kept record&apos;s link stays.</source>
        <translation>Settore “%1”: è collegato a entrambi; resta il collegamento dell&apos;elemento conservato.</translation>
    </message>
    <message>
        <source>KET “%1”: both are linked to it; the kept record&apos;s link stays.</source>
        <translation>KET “%1”: è collegata a entrambi; resta il collegamento dell&apos;elemento conservato.</translation>
    </message>
    <message>
        <source>Interaction “%1”: both took part; the kept record&apos;s link stays.</source>
        <translation>Interazione “%1”: vi hanno partecipato entrambi; resta il collegamento dell&apos;elemento conservato.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation>…e altri %1.</translation>
    </message>
    <message>
        <source>Already linked to the kept record, so not moved:</source>
        <translation>Già collegati all&apos;elemento conservato, quindi non spostati:</translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed.</source>
        <translation>Si è verificato un problema e non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. The details were written to %1.</source>
        <translation>Si è verificato un problema e non è stato modificato nulla. I dettagli sono stati scritti in %1.</translation>
    </message>
    <message>
        <source>Merged into “%1”. Undo merge brings the other record back.</source>
        <translation>Unito a “%1”. Annulla unione ripristina l&apos;altro elemento.</translation>
    </message>
    <message>
        <source>“%1” is no longer in the register (it was deleted or merged meanwhile), so the pair was taken off the list. Nothing was merged.</source>
        <translation>“%1” non è più nel registro (è stata eliminata o unita nel frattempo), quindi la coppia è stata tolta dall&apos;elenco. Non è stato unito nulla.</translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation>Ricerca dei duplicati…</translation>
    </message>
    <message>
        <source>Looking for duplicates… %1%</source>
        <translation>Ricerca dei duplicati… %1%</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>%1 new possible duplicates found.</source>
        <translation>Trovati %1 nuovi possibili duplicati.</translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation>Unione annullata: entrambi gli elementi sono tornati com&apos;erano.</translation>
    </message>
    <message>
        <source>Cancelled: no pairs were added.</source>
        <translation>Annullato: nessuna coppia è stata aggiunta.</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {0} “{1}”</source>
        <translation>Modifica {0} “{1}”</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>Aggiungi {0}</translation>
    </message>
    <message>
        <source>Deleted by someone else</source>
        <translation>Eliminato da un&apos;altra persona</translation>
    </message>
    <message>
        <source>This {0} was deleted by someone else while you were editing it.</source>
        <translation>Questo elemento ({0}) è stato eliminato da un&apos;altra persona mentre lo modificavi.</translation>
    </message>
    <message>
        <source>Save what you typed as a new {0}?</source>
        <translation>Salvare ciò che hai scritto come nuovo elemento ({0})?</translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation>Salva come nuovo</translation>
    </message>
    <message>
        <source>Merged meanwhile</source>
        <translation>Unita nel frattempo</translation>
    </message>
    <message>
        <source>This organisation was merged into “{0}” while you were editing it.</source>
        <translation>Questa organizzazione è stata unita a “{0}” mentre la modificavi.</translation>
    </message>
    <message>
        <source>Apply what you changed to “{0}”?</source>
        <translation>Applicare le tue modifiche a “{0}”?</translation>
    </message>
    <message>
        <source>Apply there</source>
        <translation>Applica lì</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rifai</translation>
    </message>
    <message>
        <source>Undoing changes “{0}”, whose form has changes that are not saved yet.</source>
        <translation>Annullare la modifica “{0}”, il cui modulo ha modifiche non ancora salvate.</translation>
    </message>
    <message>
        <source>Redoing changes “{0}”, whose form has changes that are not saved yet.</source>
        <translation>Rifare la modifica “{0}”, il cui modulo ha modifiche non ancora salvate.</translation>
    </message>
    <message>
        <source>Discard the form&apos;s changes and go on, or go back to the form (save it or cancel it, then try again).</source>
        <translation>Scarta le modifiche del modulo e prosegui, oppure torna al modulo (salvalo o annullalo, poi riprova).</translation>
    </message>
    <message>
        <source>Discard and undo</source>
        <translation>Scarta e annulla</translation>
    </message>
    <message>
        <source>Discard and redo</source>
        <translation>Scarta e rifai</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>Too many to delete at once</source>
        <translation>Troppi elementi da eliminare insieme</translation>
    </message>
    <message>
        <source>{0} are selected; select at most {1} to delete them at once.</source>
        <translation>Sono selezionati {0}; per eliminarli insieme selezionane al massimo {1}.</translation>
    </message>
    <message>
        <source>Delete the {0} “{1}”?</source>
        <translation>Eliminare {0} “{1}”?</translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation>Eliminare {0}?</translation>
    </message>
    <message>
        <source>This also deletes: {0}.</source>
        <translation>Vengono eliminati anche: {0}.</translation>
    </message>
    <message>
        <source>Nothing else is deleted with it.</source>
        <translation>Nient&apos;altro viene eliminato.</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Puoi annullare con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete {0} “{1}”</source>
        <translation>Elimina {0} “{1}”</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>Elimina {0}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Detach {0}</source>
        <translation>Scollega {0}</translation>
    </message>
    <message>
        <source>Sectors and technologies of “{0}”</source>
        <translation>Settori e tecnologie di “{0}”</translation>
    </message>
    <message>
        <source>Change the sectors of “{0}”</source>
        <translation>Cambia i settori di “{0}”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Partecipazioni</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation>Azioni di seguito</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>%1 is a folder: add the name of the file to write.</source>
        <translation>%1 è una cartella: aggiungi il nome del file da scrivere.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one (Browse…), or create it first.</source>
        <translation>La cartella %1 non esiste. Scegline un&apos;altra (Sfoglia…) o creala prima.</translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose another place for the file (Browse…).</source>
        <translation>%1 non è una cartella. Scegli un altro posto per il file (Sfoglia…).</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another one (Browse…).</source>
        <translation>Non si può scrivere nella cartella %1. Scegline un&apos;altra (Sfoglia…).</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>A &amp;list to a spreadsheet (CSV or Excel)</source>
        <translation>Un &amp;elenco in un foglio di calcolo (CSV o Excel)</translation>
    </message>
    <message>
        <source>The whole &amp;register to one JSON file (to move or keep it)</source>
        <translation>L&apos;intero &amp;registro in un file JSON (per spostarlo o conservarlo)</translation>
    </message>
    <message>
        <source>Everything held about one &amp;contact person (access request)</source>
        <translation>Tutti i dati conservati su un re&amp;ferente (richiesta di accesso)</translation>
    </message>
    <message>
        <source>Which list</source>
        <translation>Quale elenco</translation>
    </message>
    <message>
        <source>Only the %1 selected rows</source>
        <translation>Solo le %1 righe selezionate</translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation>Cosa verrà esportato</translation>
    </message>
    <message>
        <source>For outside readers: leave out personal data and internal notes</source>
        <translation>Per lettori esterni: escludi i dati personali e le note interne</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Elenco:</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Righe:</translation>
    </message>
    <message>
        <source>Every record, link and history entry, exactly: importing the file into a new, empty register (Import ▸ JSON, or &apos;ris3desk import json&apos;) gives the same register back.</source>
        <translation>Ogni elemento, collegamento e voce della cronologia, esattamente: importando il file in un registro nuovo e vuoto (Importa ▸ JSON, o &apos;ris3desk import json&apos;) si riottiene lo stesso registro.</translation>
    </message>
    <message>
        <source>type a name or an e-mail address</source>
        <translation>scrivi un nome o un indirizzo e-mail</translation>
    </message>
    <message>
        <source>Find the contact person</source>
        <translation>Trova il referente</translation>
    </message>
    <message>
        <source>Contact people found</source>
        <translation>Referenti trovati</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>File da scrivere</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Es&amp;porta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Salva in:</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation>JSON (*.json);;Testo (*.txt)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>%1 selected in the list</source>
        <translation>%1 (la selezione dell&apos;elenco)</translation>
    </message>
    <message>
        <source>%1 matching the list&apos;s filters</source>
        <translation>%1 che corrispondono ai filtri dell&apos;elenco</translation>
    </message>
    <message>
        <source>%1: the whole list</source>
        <translation>%1: l&apos;intero elenco</translation>
    </message>
    <message>
        <source>The filters and the selection of the list shown apply to %1 only.</source>
        <translation>I filtri e la selezione dell&apos;elenco mostrato valgono solo per %1.</translation>
    </message>
    <message>
        <source>A list is written as a .csv or .xlsx file: end the file&apos;s name with one of them.</source>
        <translation>Un elenco si scrive in un file .csv o .xlsx: termina il nome del file con una delle due.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation>%1 righe scritte in %2</translation>
    </message>
    <message>
        <source>The register (%1 rows) written to %2</source>
        <translation>Il registro (%1 righe) è stato scritto in %2</translation>
    </message>
    <message>
        <source>Everything held about %1 written to %2</source>
        <translation>Tutti i dati conservati su %1 sono stati scritti in %2</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annullato: nessun file è stato scritto.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All types</source>
        <translation>Tutti i tipi</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tutti i settori</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>Tutte le province</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Tutte le regioni</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Tutti gli schemi</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Qualsiasi anno</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tutti i livelli</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tutti i paesi</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>NUTS region</source>
        <translation>Regione NUTS</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>NUTS level</source>
        <translation>Livello NUTS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation>Filtra per parole…</translation>
    </message>
    <message>
        <source>Filter this list by words</source>
        <translation>Filtra questo elenco per parole</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Azzera</translation>
    </message>
    <message>
        <source>Show the whole list again</source>
        <translation>Mostra di nuovo l&apos;elenco completo</translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation>Salva ricerca…</translation>
    </message>
    <message>
        <source>Keep these filters in the navigation</source>
        <translation>Conserva questi filtri nella barra di navigazione</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>NUTS {0}</source>
        <translation>NUTS {0}</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Show all matching {0} in their list…</source>
        <translation>Mostra tutti i risultati ({0}) nel loro elenco…</translation>
    </message>
    <message>
        <source>Search results, grouped by kind</source>
        <translation>Risultati della ricerca, raggruppati per tipo</translation>
    </message>
    <message>
        <source>Find: “{0}”</source>
        <translation>Trova: “{0}”</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Type in the search field to find organisations, partnerships, sectors, regions, contact persons and interactions.</source>
        <translation>Scrivi nel campo di ricerca per trovare organizzazioni, partenariati, settori, regioni, referenti e interazioni.</translation>
    </message>
    <message>
        <source>Type one more letter…</source>
        <translation>Scrivi ancora una lettera…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Nothing matches these words.</source>
        <translation>Nessun risultato per queste parole.</translation>
    </message>
    <message>
        <source>Many records match: type more letters to narrow the search.</source>
        <translation>Molti risultati: scrivi altre lettere per restringere la ricerca.</translation>
    </message>
    <message>
        <source>Enter opens the highlighted record; Down moves through the results.</source>
        <translation>Invio apre l&apos;elemento evidenziato; Freccia giù scorre i risultati.</translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuovo elemento: {0}</translation>
    </message>
    <message>
        <source>Edit {0}: {1}</source>
        <translation>Modifica {0}: {1}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation>Cronologia dell&apos;elemento</translation>
    </message>
    <message>
        <source>&amp;Put back the earlier value</source>
        <translation>&amp;Ripristina il valore precedente</translation>
    </message>
    <message>
        <source>Set this field back to its value before the selected change. The change back is recorded too.</source>
        <translation>Riporta questo campo al valore che aveva prima della modifica selezionata. Anche il ripristino viene registrato.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Caricamento della cronologia…</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(sconosciuto)</translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation>Nessuna modifica registrata.</translation>
    </message>
    <message>
        <source>This record no longer exists; its history is kept.</source>
        <translation>Questo elemento non esiste più; la sua cronologia è conservata.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n modifica.</numerusform>
            <numerusform>%n modifiche.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Non è stato possibile leggere la cronologia: %1</translation>
    </message>
    <message>
        <source>Put back {0} of “{1}”</source>
        <translation>Ripristina {0} di “{1}”</translation>
    </message>
    <message>
        <source>Someone changed this record while you were looking at its history, so nothing was put back. The history now shows their change; choose again.</source>
        <translation>Un&apos;altra persona ha modificato questo elemento mentre ne guardavi la cronologia, quindi non è stato ripristinato nulla. Ora la cronologia mostra la sua modifica; scegli di nuovo.</translation>
    </message>
    <message>
        <source>The earlier value cannot be put back: %1</source>
        <translation>Non è possibile ripristinare il valore precedente: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The register at a glance</source>
        <translation>Il registro in sintesi</translation>
    </message>
    <message>
        <source>Organisations by S3 area</source>
        <translation>Organizzazioni per area S3</translation>
    </message>
    <message>
        <source>Organisations by type</source>
        <translation>Organizzazioni per tipo</translation>
    </message>
    <message>
        <source>Partnerships by scheme</source>
        <translation>Partenariati per schema</translation>
    </message>
    <message>
        <source>Partnerships by status</source>
        <translation>Partenariati per stato</translation>
    </message>
    <message>
        <source>Partnerships ending within six months</source>
        <translation>Partenariati in scadenza entro sei mesi</translation>
    </message>
    <message>
        <source>Open follow-up actions</source>
        <translation>Azioni di seguito aperte</translation>
    </message>
    <message>
        <source>Click a bar to list them.</source>
        <translation>Fai clic su una barra per elencarli.</translation>
    </message>
    <message>
        <source>No organisation is linked to an S3 area yet: open one and choose Sectors… to link it.</source>
        <translation>Nessuna organizzazione è ancora collegata a un&apos;area S3: aprine una e scegli Settori… per collegarla.</translation>
    </message>
    <message>
        <source>Earliest due first.</source>
        <translation>Prima le più urgenti.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>None in the next six months.</source>
        <translation>Nessuno nei prossimi sei mesi.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation>…e altri {0}.</translation>
    </message>
    <message>
        <source>No open follow-up action.</source>
        <translation>Nessuna azione di seguito aperta.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CORDIS table (participants or projects)</source>
        <translation>Tabella CORDIS (partecipanti o progetti)</translation>
    </message>
    <message>
        <source>Spreadsheet of organisations</source>
        <translation>Foglio di calcolo di organizzazioni</translation>
    </message>
    <message>
        <source>Spreadsheet of contact people</source>
        <translation>Foglio di calcolo di referenti</translation>
    </message>
    <message>
        <source>Spreadsheet of partnerships</source>
        <translation>Foglio di calcolo di partenariati</translation>
    </message>
    <message>
        <source>Spreadsheet of participations</source>
        <translation>Foglio di calcolo di partecipazioni</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Participations</source>
        <translation>Partecipazioni</translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation>Regioni partner</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>Tables (*.csv *.csv.gz *.gz *.xlsx *.txt);;All files (*)</source>
        <translation>Tabelle (*.csv *.csv.gz *.gz *.xlsx *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Errore imprevisto: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>a .csv, .csv.gz or .xlsx file</source>
        <translation>un file .csv, .csv.gz o .xlsx</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Contenuto del file</translation>
    </message>
    <message>
        <source>CORDIS</source>
        <translation>CORDIS</translation>
    </message>
    <message>
        <source>optional: the CORDIS project table, for titles, dates and budgets</source>
        <translation>facoltativo: la tabella dei progetti CORDIS, per titoli, date e budget</translation>
    </message>
    <message>
        <source>optional: a NUTS code, e.g. ITC1 for Piemonte</source>
        <translation>facoltativo: un codice NUTS, ad es. ITC1 per il Piemonte</translation>
    </message>
    <message>
        <source>Only projects with a participant in this region</source>
        <translation>Solo i progetti con un partecipante in questa regione</translation>
    </message>
    <message>
        <source>Project table:</source>
        <translation>Tabella dei progetti:</translation>
    </message>
    <message>
        <source>Only projects in region:</source>
        <translation>Solo i progetti nella regione:</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Foglio di calcolo</translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation>Colonne…</translation>
    </message>
    <message>
        <source>Overwrite values edited by hand (normally kept)</source>
        <translation>Sovrascrivi i valori modificati a mano (di norma vengono conservati)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation>Salva le righe &amp;scartate…</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Annulla questa importazione…</translation>
    </message>
    <message>
        <source>Put the register back as it was just before this import (from the backup taken then)</source>
        <translation>Riporta il registro com&apos;era subito prima di questa importazione (dalla copia di sicurezza fatta allora)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation>&amp;Contiene:</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Scegli il file da importare</translation>
    </message>
    <message>
        <source>Choose the CORDIS project table</source>
        <translation>Scegli la tabella dei progetti CORDIS</translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation>Lettura delle colonne…</translation>
    </message>
    <message>
        <source>guessed from the headers</source>
        <translation>dedotte dalle intestazioni</translation>
    </message>
    <message>
        <source>remembered from last time</source>
        <translation>ricordate dall&apos;ultima volta</translation>
    </message>
    <message>
        <source>as you set them</source>
        <translation>come le hai impostate</translation>
    </message>
    <message>
        <source>%1 of %2 columns imported, %3.</source>
        <translation>%1 colonne su %2 importate, %3.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lettura del file…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>This is what the import would do. Nothing has been written yet.</source>
        <translation>Ecco cosa farebbe l&apos;importazione. Non è ancora stato scritto nulla.</translation>
    </message>
    <message>
        <source>Done: %1 rows imported, %2 rejected.</source>
        <translation>Fatto: %1 righe importate, %2 scartate.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Annullato: non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The columns could not be read.</source>
        <translation>Non è stato possibile leggere le colonne.</translation>
    </message>
    <message>
        <source>Put the register back as it was just before this import?

Everything written since — by this import, and by anyone else since — is replaced. The register as it is now is backed up first, so this too can be undone from Tools ▸ Backups…</source>
        <translation>Riportare il registro com&apos;era subito prima di questa importazione?

Tutto ciò che è stato scritto da allora — da questa importazione e da chiunque altro — viene sostituito. Il registro com&apos;è ora viene prima copiato, quindi anche questo si può annullare da Strumenti ▸ Copie di sicurezza…</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annulla questa importazione</translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation>Torna a prima dell&apos;importazione</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Annullamento dell&apos;importazione…</translation>
    </message>
    <message>
        <source>Import undone: the register is as it was before it. (As it was with the import, it is kept as a backup.)</source>
        <translation>Importazione annullata: il registro è com&apos;era prima. (Lo stato con l&apos;importazione è conservato come copia di sicurezza.)</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Non è stato possibile annullare l&apos;importazione: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation>Salva le righe scartate</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Non è stato possibile salvare le righe scartate: %1</translation>
    </message>
    <message>
        <source>Rejected rows saved, with the reason in the first column: %1</source>
        <translation>Righe scartate salvate, con il motivo nella prima colonna: %1</translation>
    </message>
    <message>
        <source>Choose a file to see its columns.</source>
        <translation>Scegli un file per vederne le colonne.</translation>
    </message>
    <message>
        <source>Preview first, to see what will change.</source>
        <translation>Prima genera l&apos;anteprima, per vedere cosa cambierà.</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partenariato</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>settore</translation>
    </message>
    <message>
        <source>region</source>
        <translation>regione</translation>
    </message>
    <message>
        <source>interaction</source>
        <translation>interazione</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>referente</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>partecipazione</translation>
    </message>
    <message>
        <source>partner region</source>
        <translation>regione partner</translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation>azione di seguito</translation>
    </message>
    <message>
        <source>key enabling technology</source>
        <translation>tecnologia abilitante fondamentale</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>comune</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>partecipazione</translation>
    </message>
    <message>
        <source>saved search</source>
        <translation>ricerca salvata</translation>
    </message>
    <message>
        <source>pack preset</source>
        <translation>modello di dossier</translation>
    </message>
    <message>
        <source>sector link</source>
        <translation>collegamento a un settore</translation>
    </message>
    <message>
        <source>KET link</source>
        <translation>collegamento a una KET</translation>
    </message>
    <message>
        <source>organisation link</source>
        <translation>collegamento a un&apos;organizzazione</translation>
    </message>
    <message>
        <source>partnership link</source>
        <translation>collegamento a un partenariato</translation>
    </message>
    <message>
        <source>link to an organisation</source>
        <translation>collegamento a un&apos;organizzazione</translation>
    </message>
    <message>
        <source>link to a partnership</source>
        <translation>collegamento a un partenariato</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioni</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Referenti</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organizzazione</translation>
    </message>
    <message>
        <source>{0} organisations</source>
        <translation>{0} organizzazioni</translation>
    </message>
    <message>
        <source>1 partnership</source>
        <translation>1 partenariato</translation>
    </message>
    <message>
        <source>{0} partnerships</source>
        <translation>{0} partenariati</translation>
    </message>
    <message>
        <source>1 sector</source>
        <translation>1 settore</translation>
    </message>
    <message>
        <source>{0} sectors</source>
        <translation>{0} settori</translation>
    </message>
    <message>
        <source>1 region</source>
        <translation>1 regione</translation>
    </message>
    <message>
        <source>{0} regions</source>
        <translation>{0} regioni</translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation>1 interazione</translation>
    </message>
    <message>
        <source>{0} interactions</source>
        <translation>{0} interazioni</translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation>1 referente</translation>
    </message>
    <message>
        <source>{0} contact persons</source>
        <translation>{0} referenti</translation>
    </message>
    <message>
        <source>1 participation in a partnership</source>
        <translation>1 partecipazione a un partenariato</translation>
    </message>
    <message>
        <source>{0} participations in partnerships</source>
        <translation>{0} partecipazioni a partenariati</translation>
    </message>
    <message>
        <source>1 partner region link</source>
        <translation>1 collegamento a una regione partner</translation>
    </message>
    <message>
        <source>{0} partner region links</source>
        <translation>{0} collegamenti a regioni partner</translation>
    </message>
    <message>
        <source>1 follow-up action</source>
        <translation>1 azione di seguito</translation>
    </message>
    <message>
        <source>{0} follow-up actions</source>
        <translation>{0} azioni di seguito</translation>
    </message>
    <message>
        <source>1 link between an organisation and a sector</source>
        <translation>1 collegamento tra un&apos;organizzazione e un settore</translation>
    </message>
    <message>
        <source>{0} links between organisations and sectors</source>
        <translation>{0} collegamenti tra organizzazioni e settori</translation>
    </message>
    <message>
        <source>1 link between a partnership and a sector</source>
        <translation>1 collegamento tra un partenariato e un settore</translation>
    </message>
    <message>
        <source>{0} links between partnerships and sectors</source>
        <translation>{0} collegamenti tra partenariati e settori</translation>
    </message>
    <message>
        <source>1 link between an organisation and a KET</source>
        <translation>1 collegamento tra un&apos;organizzazione e una KET</translation>
    </message>
    <message>
        <source>{0} links between organisations and KETs</source>
        <translation>{0} collegamenti tra organizzazioni e KET</translation>
    </message>
    <message>
        <source>1 link between a sector and a KET</source>
        <translation>1 collegamento tra un settore e una KET</translation>
    </message>
    <message>
        <source>{0} links between sectors and KETs</source>
        <translation>{0} collegamenti tra settori e KET</translation>
    </message>
    <message>
        <source>1 link between an interaction and an organisation</source>
        <translation>1 collegamento tra un&apos;interazione e un&apos;organizzazione</translation>
    </message>
    <message>
        <source>{0} links between interactions and organisations</source>
        <translation>{0} collegamenti tra interazioni e organizzazioni</translation>
    </message>
    <message>
        <source>1 link between an interaction and a partnership</source>
        <translation>1 collegamento tra un&apos;interazione e un partenariato</translation>
    </message>
    <message>
        <source>{0} links between interactions and partnerships</source>
        <translation>{0} collegamenti tra interazioni e partenariati</translation>
    </message>
    <message>
        <source>1 saved search</source>
        <translation>1 ricerca salvata</translation>
    </message>
    <message>
        <source>{0} saved searches</source>
        <translation>{0} ricerche salvate</translation>
    </message>
</context>
<context>
    <name>LinkSetDialog</name>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Key enabling technologies</source>
        <translation>Tecnologie abilitanti fondamentali</translation>
    </message>
    <message>
        <source>Tick what applies. Changes are saved together and can be undone.</source>
        <translation>Spunta ciò che vale. Le modifiche si salvano insieme e si possono annullare.</translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation>Settore principale</translation>
    </message>
    <message>
        <source>Primary sector:</source>
        <translation>Settore principale:</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— nessuno —</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>+ New {0}</source>
        <translation>+ Nuovo: {0}</translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation>Nuovo elemento: {0}</translation>
    </message>
    <message>
        <source>List of {0}</source>
        <translation>Elenco: {0}</translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows; right-click the header to choose columns.</source>
        <translation>Ctrl+C copia le righe selezionate; fai clic destro sull&apos;intestazione per scegliere le colonne.</translation>
    </message>
    <message>
        <source>{0} match the filters</source>
        <translation>{0} corrispondono ai filtri</translation>
    </message>
    <message>
        <source>Copied {0}.</source>
        <translation>Copiato: {0}.</translation>
    </message>
    <message>
        <source>Copying rows…</source>
        <translation>Copia delle righe…</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Inserito</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation>Elaborazione…</translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation>Annulla {0}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation>Rifai {0}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rifai</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuovo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>S&amp;trumenti</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>New {0}…</source>
        <translation>Nuovo elemento: {0}…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation>&amp;Modifica elemento</translation>
    </message>
    <message>
        <source>&amp;Save the form</source>
        <translation>&amp;Salva il modulo</translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copia le righe selezionate</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>&amp;Elimina le righe selezionate…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Indietro</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Indietro (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>Avanti →</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Avanti (Alt+Destra)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation>C&amp;olonne…</translation>
    </message>
    <message>
        <source>&amp;History of the record</source>
        <translation>&amp;Cronologia dell&apos;elemento</translation>
    </message>
    <message>
        <source>&amp;Network around this record</source>
        <translation>&amp;Rete attorno a questo elemento</translation>
    </message>
    <message>
        <source>&amp;Sectors and technologies…</source>
        <translation>&amp;Settori e tecnologie…</translation>
    </message>
    <message>
        <source>Save this &amp;search…</source>
        <translation>Salva questa &amp;ricerca…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About RIS3 Desk</source>
        <translation>&amp;Informazioni su RIS3 Desk</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ Nuovo</translation>
    </message>
    <message>
        <source>New record of the list shown (Ctrl+N for an organisation)</source>
        <translation>Nuovo elemento dell&apos;elenco visualizzato (Ctrl+N per un&apos;organizzazione)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>Nuovo elemento</translation>
    </message>
    <message>
        <source>Find anything… (Ctrl+F)</source>
        <translation>Trova qualsiasi cosa… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Results appear as you type; Enter opens the first, Down moves into the results.</source>
        <translation>I risultati compaiono mentre scrivi; Invio apre il primo, Freccia giù passa ai risultati.</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigazione</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Where the register is stored</source>
        <translation>Dove è conservato il registro</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Ricerche salvate</translation>
    </message>
    <message>
        <source>Saved search in {0}</source>
        <translation>Ricerca salvata in: {0}</translation>
    </message>
    <message>
        <source>Delete this saved search</source>
        <translation>Elimina questa ricerca salvata</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Salva ricerca</translation>
    </message>
    <message>
        <source>Name of this search (shown in the navigation):</source>
        <translation>Nome di questa ricerca (compare nella barra di navigazione):</translation>
    </message>
    <message>
        <source>Save search “{0}”</source>
        <translation>Salva la ricerca “{0}”</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>Impossibile annullare</translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone: {1}</source>
        <translation>“{0}” non può essere annullato né ripetuto: {1}</translation>
    </message>
    <message>
        <source>The list of changes to undo was cleared; the register is as shown.</source>
        <translation>L&apos;elenco delle modifiche da annullare è stato svuotato; il registro è come lo vedi.</translation>
    </message>
    <message>
        <source>{0} selected of {1}</source>
        <translation>{0} selezionati su {1}</translation>
    </message>
    <message>
        <source>Automatic backup written and checked.</source>
        <translation>Copia di sicurezza automatica scritta e controllata.</translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation>La copia di sicurezza automatica non è riuscita</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}. It is tried again in an hour; Tools ▸ Backups… takes one now.</source>
        <translation>La copia di sicurezza automatica non è riuscita: {0}. Verrà ritentata tra un&apos;ora; Strumenti ▸ Copie di sicurezza… ne crea una subito.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La copia di sicurezza automatica non è riuscita: {0}</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non consentito</translation>
    </message>
    <message>
        <source>Something went wrong: {0}.</source>
        <translation>Si è verificato un problema: {0}.</translation>
    </message>
    <message>
        <source>The details were written to {0}.</source>
        <translation>I dettagli sono stati scritti in {0}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Errore imprevisto</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Che cosa fa</translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation>Trova qualsiasi cosa</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuova organizzazione</translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation>Modifica l&apos;elemento visualizzato</translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation>Salva il modulo</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Annulla / ripeti</translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation>Indietro / avanti</translation>
    </message>
    <message>
        <source>Home, Sectors, Organisations, Partnerships, Regions, Interactions, Network</source>
        <translation>Home, Settori, Organizzazioni, Partenariati, Regioni, Interazioni, Rete</translation>
    </message>
    <message>
        <source>History of the record shown, and back</source>
        <translation>Cronologia dell&apos;elemento visualizzato, e ritorno</translation>
    </message>
    <message>
        <source>Briefing pack of what is selected</source>
        <translation>Dossier informativo di ciò che è selezionato</translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation>Importa / esporta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copie di sicurezza</translation>
    </message>
    <message>
        <source>Copy the selected rows (in a list)</source>
        <translation>Copia le righe selezionate (in un elenco)</translation>
    </message>
    <message>
        <source>Delete the selected rows (in a list)</source>
        <translation>Elimina le righe selezionate (in un elenco)</translation>
    </message>
    <message>
        <source>Network around the record shown</source>
        <translation>Rete attorno all&apos;elemento visualizzato</translation>
    </message>
    <message>
        <source>Sectors and technologies of the record shown</source>
        <translation>Settori e tecnologie dell&apos;elemento visualizzato</translation>
    </message>
    <message>
        <source>Read the register again</source>
        <translation>Rileggi il registro</translation>
    </message>
    <message>
        <source>Move between fields, lists and links</source>
        <translation>Passa tra campi, elenchi e collegamenti</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About RIS3 Desk</source>
        <translation>Informazioni su RIS3 Desk</translation>
    </message>
    <message>
        <source>The register of S3 sectors, stakeholders and partnerships, with briefing packs.
Register: {0}</source>
        <translation>Il registro dei settori S3, degli attori e dei partenariati, con i dossier informativi.
Registro: {0}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignora</translation>
    </message>
    <message>
        <source>Hide this warning until the register is opened again</source>
        <translation>Nascondi questo avviso fino alla prossima apertura del registro</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Hai modifiche non ancora salvate.</translation>
    </message>
    <message>
        <source>You have changes to “{0}” that are not saved yet.</source>
        <translation>Hai modifiche a “{0}” non ancora salvate.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form?</source>
        <translation>Salvarle, scartarle o tornare al modulo?</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Fit to window</source>
        <translation>Adatta alla finestra</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>Apri l&apos;elemento</translation>
    </message>
    <message>
        <source>Organisations in this network, most connected first</source>
        <translation>Organizzazioni di questa rete, prima le più collegate</translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation>Disegno della rete</translation>
    </message>
    <message>
        <source>The list beside it names the same organisations.</source>
        <translation>L&apos;elenco accanto riporta le stesse organizzazioni.</translation>
    </message>
    <message>
        <source>■ filled square: in the scope · ○ circle: partner outside it; partners go round the ring by country, the most connected first · thicker line: more partnerships shared. Click an organisation to open it; scroll to zoom, drag to move.</source>
        <translation>■ quadrato pieno: nell&apos;ambito scelto · ○ cerchio: partner esterno; i partner sono disposti sull&apos;anello per paese, i più collegati per primi · linea più spessa: più partenariati in comune. Fai clic su un&apos;organizzazione per aprirla; usa la rotella per ingrandire, trascina per spostare.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <source>Open an organisation, a sector, a region or a partnership and choose Network to see who works with whom.</source>
        <translation>Apri un&apos;organizzazione, un settore, una regione o un partenariato e scegli Rete per vedere chi lavora con chi.</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Disegno in corso…</translation>
    </message>
    <message>
        <source>Network around the {0} “{1}”</source>
        <translation>Rete attorno a: {0} “{1}”</translation>
    </message>
    <message>
        <source>No partnership links yet.</source>
        <translation>Ancora nessun legame di partenariato.</translation>
    </message>
    <message>
        <source>{0} organisations, {1} links, through {2} partnerships.</source>
        <translation>{0} organizzazioni, {1} legami, attraverso {2} partenariati.</translation>
    </message>
    <message>
        <source>Only the most connected organisations are shown.</source>
        <translation>Sono mostrate solo le organizzazioni più collegate.</translation>
    </message>
    <message>
        <source>1 shared partnership</source>
        <translation>1 partenariato in comune</translation>
    </message>
    <message>
        <source>{0} shared partnerships</source>
        <translation>{0} partenariati in comune</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier informativo</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opzioni</translation>
    </message>
    <message>
        <source>Packs issued</source>
        <translation>Dossier emessi</translation>
    </message>
    <message>
        <source>Generate preview</source>
        <translation>Genera l&apos;anteprima</translation>
    </message>
    <message>
        <source>Gather the data and lay the pack out (Ctrl+Return)</source>
        <translation>Raccogli i dati e impagina il dossier (Ctrl+Invio)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation>(nessun modello)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Salva come…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Default: from the scope</source>
        <translation>Predefinito: dall&apos;ambito</translation>
    </message>
    <message>
        <source>e.g. Visit of the Baden-Württemberg delegation</source>
        <translation>ad es. Visita della delegazione del Baden-Württemberg</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Occasione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation>Lingua del dossier</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <source>External (public)</source>
        <translation>Esterno (pubblico)</translation>
    </message>
    <message>
        <source>Leaves out contact people&apos;s personal data and internal notes</source>
        <translation>Esclude i dati personali dei referenti e le note interne</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Destinatari</translation>
    </message>
    <message>
        <source>Scope (empty: an overview of the whole register)</source>
        <translation>Ambito (vuoto: una panoramica dell&apos;intero registro)</translation>
    </message>
    <message>
        <source>Type a sector…</source>
        <translation>Scrivi un settore…</translation>
    </message>
    <message>
        <source>Type a region or NUTS code…</source>
        <translation>Scrivi una regione o un codice NUTS…</translation>
    </message>
    <message>
        <source>Type a partnership…</source>
        <translation>Scrivi un partenariato…</translation>
    </message>
    <message>
        <source>Type an organisation…</source>
        <translation>Scrivi un&apos;organizzazione…</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Settori</translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation>Regioni partner</translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation>Partenariati</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organizzazioni</translation>
    </message>
    <message>
        <source>Executive summary or talking points. Start a line with &apos;- &apos; for a point.</source>
        <translation>Sintesi o punti da trattare. Inizia una riga con &apos;- &apos; per un punto elenco.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Add the directory of every organisation in scope</source>
        <translation>Aggiungi l&apos;elenco di tutte le organizzazioni dell&apos;ambito</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation>Emetti di nuovo</translation>
    </message>
    <message>
        <source>The same scope and options, with today&apos;s data and date</source>
        <translation>Stesso ambito e stesse opzioni, con i dati e la data di oggi</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Riduci (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Ingrandisci (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Adatta alla larghezza</translation>
    </message>
    <message>
        <source>The options changed after this preview, so it is not the pack they describe. Generate the preview again (Ctrl+Return) to save or print it.</source>
        <translation>Le opzioni sono cambiate dopo questa anteprima, che non corrisponde più al dossier. Genera di nuovo l&apos;anteprima (Ctrl+Invio) per salvarla o stamparla.</translation>
    </message>
    <message>
        <source>The preview is out of date: generate it again (Ctrl+Return) to save or print.</source>
        <translation>L&apos;anteprima non è aggiornata: generala di nuovo (Ctrl+Invio) per salvare o stampare.</translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation>Raccolta dei dati…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>The pack could not be made: {error}</source>
        <translation>Non è stato possibile creare il dossier: {error}</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Impaginazione…</translation>
    </message>
    <message>
        <source>{pages} pages, ready to save or print.</source>
        <translation>{pages} pagine, pronte da salvare o stampare.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Generate the preview first (Ctrl+Return).</source>
        <translation>Genera prima l&apos;anteprima (Ctrl+Invio).</translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation>Salva il dossier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non salvato</translation>
    </message>
    <message>
        <source>The pack could not be saved: {error}</source>
        <translation>Non è stato possibile salvare il dossier: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Salvato in {path}</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Non è stato possibile aprire la stampante.</translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation>Inviate {pages} pagine alla stampante.</translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation>{n} organizzazioni</translation>
    </message>
    <message>
        <source>whole register</source>
        <translation>intero registro</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Esterno</translation>
    </message>
    <message>
        <source>(printed)</source>
        <translation>(stampato)</translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation>Salva il modello</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome del modello:</translation>
    </message>
    <message>
        <source>Preset “{name}” saved.</source>
        <translation>Modello “{name}” salvato.</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Elimina il modello</translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation>Eliminare il modello “{name}”?</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted register</source>
        <translation>Registro cifrato</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation>%1 è cifrato. Scrivi la passphrase per aprirlo.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it (capitals count) and try again.</source>
        <translation>La passphrase non è corretta. Controllala (maiuscole e minuscole contano) e riprova.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation>&amp;Mostra la passphrase</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <source>As the window</source>
        <translation>Come la finestra</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Scegli la cartella delle copie di sicurezza</translation>
    </message>
    <message>
        <source>Beside the register, in a folder of its own</source>
        <translation>Accanto al registro, in una cartella sua</translation>
    </message>
    <message>
        <source>Choose the folder for packs</source>
        <translation>Scegli la cartella dei dossier</translation>
    </message>
    <message>
        <source>Folder for briefing packs</source>
        <translation>Cartella dei dossier</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Il &amp;tuo nome:</translation>
    </message>
    <message>
        <source>Named as the author of briefing packs and of your changes in the history.</source>
        <translation>Compare come autore dei dossier e delle tue modifiche nella cronologia.</translation>
    </message>
    <message>
        <source>&amp;Home region:</source>
        <translation>&amp;Regione di riferimento:</translation>
    </message>
    <message>
        <source>Your region (a NUTS code, e.g. ITC1 for Piemonte).</source>
        <translation>La tua regione (un codice NUTS, ad es. ITC1 per il Piemonte).</translation>
    </message>
    <message>
        <source>&amp;Pack language:</source>
        <translation>&amp;Lingua dei dossier:</translation>
    </message>
    <message>
        <source>The language briefing packs are written in unless you choose otherwise.</source>
        <translation>La lingua in cui sono scritti i dossier, salvo scelta diversa.</translation>
    </message>
    <message>
        <source>Folder for p&amp;acks:</source>
        <translation>Cartella dei &amp;dossier:</translation>
    </message>
    <message>
        <source>Where briefing packs are saved unless you choose another folder.</source>
        <translation>Dove si salvano i dossier, salvo che tu scelga un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Cartella delle copie:</translation>
    </message>
    <message>
        <source>Where backups of the register are saved.</source>
        <translation>Dove si salvano le copie di sicurezza del registro.</translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation>Lingua della &amp;finestra:</translation>
    </message>
    <message>
        <source>Italian or English; applied at once.</source>
        <translation>Italiano o inglese; si applica subito.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Cartella delle copie</translation>
    </message>
    <message>
        <source>{0} is not a NUTS region code.</source>
        <translation>{0} non è un codice di regione NUTS.</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Reaching them</source>
        <translation>Recapiti</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Uso interno</translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation>Provenienza dei dati</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariato</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Importi</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>gg/mm/aaaa</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— scegli —</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obbligatorio.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to find a {0}…</source>
        <translation>Scrivi per cercare: {0}…</translation>
    </message>
    <message>
        <source>Show matches</source>
        <translation>Mostra i risultati</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Fit column widths</source>
        <translation>Adatta la larghezza delle colonne</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Records</source>
        <translation>Elementi</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuovi</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornati</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Invariati</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Scartati</translation>
    </message>
    <message>
        <source>Examples and notes</source>
        <translation>Esempi e note</translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet.</source>
        <translation>Anteprima: non è ancora stato scritto nulla.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importazione completata.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected.</source>
        <translation>%1 righe lette, %2 scartate.</translation>
    </message>
    <message>
        <source>Source recorded: %1</source>
        <translation>Fonte registrata: %1</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuovo elemento</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>elemento aggiornato</translation>
    </message>
    <message>
        <source>kept as edited</source>
        <translation>elemento mantenuto con le modifiche manuali</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>elemento scartato</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate organisation(s) to review (Tools ▸ Duplicates).</source>
        <translation>
            <numerusform>%n possibile organizzazione duplicata da esaminare (Strumenti ▸ Possibili duplicati).</numerusform>
            <numerusform>%n possibili organizzazioni duplicate da esaminare (Strumenti ▸ Possibili duplicati).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Backup taken just before the import: %1</source>
        <translation>Copia di sicurezza fatta subito prima dell&apos;importazione: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Ultima verifica</translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation>Referenti da verificare</translation>
    </message>
    <message>
        <source>Contact people to review</source>
        <translation>Referenti da verificare</translation>
    </message>
    <message>
        <source>&amp;Open the organisation</source>
        <translation>&amp;Apri l&apos;organizzazione</translation>
    </message>
    <message>
        <source>Show the person among their organisation&apos;s contacts (Enter)</source>
        <translation>Mostra la persona tra i referenti della sua organizzazione (Invio)</translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation>&amp;Verificato oggi</translation>
    </message>
    <message>
        <source>The details were checked with the person today (Ctrl+Z undoes it)</source>
        <translation>I dati sono stati controllati oggi con la persona (Ctrl+Z per annullare)</translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation>&amp;Cancella i dati personali…</translation>
    </message>
    <message>
        <source>Reading the contact people…</source>
        <translation>Lettura dei referenti…</translation>
    </message>
    <message numerus="yes">
        <source>Contact people whose details were not verified in the last %n month(s), those never verified first. Check their details with them, then mark them verified — or erase what the register holds about them.</source>
        <translation>
            <numerusform>Referenti i cui dati non sono stati verificati da più di %n mese, prima quelli mai verificati. Controlla i loro dati insieme a loro, poi segnali come verificati — oppure cancella ciò che il registro conserva su di loro.</numerusform>
            <numerusform>Referenti i cui dati non sono stati verificati da più di %n mesi, prima quelli mai verificati. Controlla i loro dati insieme a loro, poi segnali come verificati — oppure cancella ciò che il registro conserva su di loro.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s) to review.</source>
        <translation>
            <numerusform>%n referente da verificare.</numerusform>
            <numerusform>%n referenti da verificare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every contact person was verified recently: nothing to review.</source>
        <translation>Tutti i referenti sono stati verificati di recente: nulla da verificare.</translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation>&amp;Dossier informativo…</translation>
    </message>
    <message>
        <source>A briefing pack of what is selected, or of the whole register</source>
        <translation>Un dossier informativo di ciò che è selezionato o dell&apos;intero registro</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Possibili &amp;duplicati…</translation>
    </message>
    <message>
        <source>Contacts to &amp;review…</source>
        <translation>Referenti da &amp;verificare…</translation>
    </message>
    <message>
        <source>&amp;Check the register</source>
        <translation>&amp;Controlla il registro</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>C&amp;opie di sicurezza…</translation>
    </message>
    <message>
        <source>The scope holds the first {0} records selected; {1} more were left out.</source>
        <translation>L&apos;ambito comprende i primi {0} elementi selezionati; altri {1} sono stati esclusi.</translation>
    </message>
    <message>
        <source>The register was put back as the backup holds it; everything shown was read again.</source>
        <translation>Il registro è stato riportato com&apos;era nella copia di sicurezza; tutto ciò che è visualizzato è stato riletto.</translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation>Controllo del registro…</translation>
    </message>
    <message>
        <source>Check the register</source>
        <translation>Controlla il registro</translation>
    </message>
    <message>
        <source>The register could not be checked.</source>
        <translation>Non è stato possibile controllare il registro.</translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Ricostruzione dell&apos;indice di ricerca…</translation>
    </message>
    <message>
        <source>Mark “{0}” as verified</source>
        <translation>Segna “{0}” come verificato</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Cancella i dati personali</translation>
    </message>
    <message>
        <source>Erase everything the register holds about “{0}”?</source>
        <translation>Cancellare tutto ciò che il registro conserva su “{0}”?</translation>
    </message>
    <message>
        <source>The contact person, the history of their record and their traces in the search index are removed for good, and their e-mail address and phone number are taken out of other records&apos; history and of merges. Notes of other records that name them are listed afterwards, not changed. This cannot be undone, not even with Undo: the list of changes to undo is emptied too, since it may hold their data. Backups taken before today keep them until they are rotated out.</source>
        <translation>Il referente, la cronologia del suo elemento e le sue tracce nell&apos;indice di ricerca vengono rimossi definitivamente, e il suo indirizzo e-mail e il suo numero di telefono vengono tolti dalla cronologia degli altri elementi e dalle unioni. Le note di altri elementi che lo nominano vengono elencate dopo, non modificate. L&apos;operazione non si può annullare, nemmeno con Annulla: anche l&apos;elenco delle modifiche da annullare viene svuotato, perché potrebbe contenere i suoi dati. Le copie di sicurezza create prima di oggi li conservano finché non vengono sostituite a rotazione.</translation>
    </message>
    <message>
        <source>Their name still appears in these records, which the erasure does not change; edit them if it should go too:</source>
        <translation>Il suo nome compare ancora in questi elementi, che la cancellazione non modifica; modificali se deve sparire anche da lì:</translation>
    </message>
    <message>
        <source>It also appears in earlier values kept in the history of other records or in merges kept to undo them ({0}); these cannot be edited.</source>
        <translation>Compare anche in valori precedenti conservati nella cronologia di altri elementi o nelle unioni conservate per poterle annullare ({0}); questi non si possono modificare.</translation>
    </message>
    <message>
        <source>Their e-mail address or phone number was taken out of history entries and merges ({0}).</source>
        <translation>Il suo indirizzo e-mail o numero di telefono è stato tolto da voci della cronologia e da unioni ({0}).</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>The personal data of “{0}” were erased.</source>
        <translation>I dati personali di “{0}” sono stati cancellati.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>taken by hand</source>
        <translation>manuale</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>giornaliera</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>settimanale</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>prima di un&apos;importazione</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>cannot be read</source>
        <translation>non leggibile</translation>
    </message>
    <message>
        <source>%1 organisations, %2 contacts, %3 partnerships</source>
        <translation>%1 organizzazioni, %2 referenti, %3 partenariati</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>University</source>
        <translation>Università</translation>
    </message>
    <message>
        <source>Research organisation</source>
        <translation>Organismo di ricerca</translation>
    </message>
    <message>
        <source>Innovation cluster</source>
        <translation>Polo di innovazione</translation>
    </message>
    <message>
        <source>Science and technology park</source>
        <translation>Parco scientifico e tecnologico</translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation>Incubatore</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Grande impresa</translation>
    </message>
    <message>
        <source>SME</source>
        <translation>PMI</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Ente pubblico</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation>Micro (meno di 10)</translation>
    </message>
    <message>
        <source>Small (10–49)</source>
        <translation>Piccola (10–49)</translation>
    </message>
    <message>
        <source>Medium (50–249)</source>
        <translation>Media (50–249)</translation>
    </message>
    <message>
        <source>Large (250 and over)</source>
        <translation>Grande (250 e oltre)</translation>
    </message>
    <message>
        <source>S3 area</source>
        <translation>Area S3</translation>
    </message>
    <message>
        <source>Cross-cutting driver</source>
        <translation>Fattore trasversale</translation>
    </message>
    <message>
        <source>Technology trajectory</source>
        <translation>Traiettoria tecnologica</translation>
    </message>
    <message>
        <source>Vanguard Initiative pilot</source>
        <translation>Progetto pilota Vanguard Initiative</translation>
    </message>
    <message>
        <source>ERA-NET</source>
        <translation>ERA-NET</translation>
    </message>
    <message>
        <source>Interreg programme</source>
        <translation>Programma Interreg</translation>
    </message>
    <message>
        <source>Horizon Europe project</source>
        <translation>Progetto Horizon Europe</translation>
    </message>
    <message>
        <source>Bilateral agreement</source>
        <translation>Accordo bilaterale</translation>
    </message>
    <message>
        <source>Network or platform</source>
        <translation>Rete o piattaforma</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>In preparazione</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Presentato</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation>Non finanziato</translation>
    </message>
    <message>
        <source>Coordinator / lead</source>
        <translation>Coordinatore / capofila</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation>Partner associato</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Osservatore</translation>
    </message>
    <message>
        <source>Lead region</source>
        <translation>Regione capofila</translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation>Regione partner</translation>
    </message>
    <message>
        <source>Observer region</source>
        <translation>Regione osservatrice</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Riunione</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefonata</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation>Un&apos;organizzazione non può essere unita a sé stessa.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Questa unione è già stata annullata.</translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back yet: the organisation it was merged into, “{survivor}”, was merged into “{newer}” afterwards. Undo that merge first, then this one. Nothing was changed.</source>
        <translation>Non è ancora possibile ripristinare “{merged}”: l&apos;organizzazione in cui era stata unita, “{survivor}”, è stata poi unita a “{newer}”. Annulla prima quell&apos;unione, poi questa. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: the organisation it was merged into has been deleted since, and the contacts and links it took over went with it. Undo that deletion first, if you still can. Nothing was changed.</source>
        <translation>Non è possibile ripristinare “{merged}”: l&apos;organizzazione in cui era stata unita è stata eliminata nel frattempo, e con essa i referenti e i collegamenti che aveva ricevuto. Annulla prima quell&apos;eliminazione, se puoi ancora farlo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: its PIC {pic} now belongs to “{holder}” (an import may have added it again). Merge “{holder}” into another organisation or delete it first, then undo again. Nothing was changed.</source>
        <translation>Non è possibile ripristinare “{merged}”: il suo PIC {pic} ora appartiene a “{holder}” (forse un&apos;importazione l&apos;ha aggiunta di nuovo). Prima unisci “{holder}” a un&apos;altra organizzazione o eliminala, poi annulla di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>This merge cannot be undone: the PIC {pic} that “{survivor}” had before it now belongs to “{holder}”. Merge “{holder}” into another organisation or delete it first, then undo again. Nothing was changed.</source>
        <translation>Non è possibile annullare questa unione: il PIC {pic} che “{survivor}” aveva prima ora appartiene a “{holder}”. Prima unisci “{holder}” a un&apos;altra organizzazione o eliminala, poi annulla di nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: its PIC {pic} is now the PIC of “{holder}”, the organisation kept, set after the merge. Clear or change that PIC first, then undo again. Nothing was changed.</source>
        <translation>Non è possibile ripristinare “{merged}”: il suo PIC {pic} è ora il PIC di “{holder}”, l&apos;organizzazione conservata, impostato dopo l&apos;unione. Prima cancella o cambia quel PIC, poi annulla di nuovo. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register refused this change (it would contradict records it holds); nothing was saved.</source>
        <translation>Il registro ha rifiutato questa modifica (contraddirebbe dati già presenti); non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>This record was deleted by someone else meanwhile.</source>
        <translation>Nel frattempo questo elemento è stato eliminato da un&apos;altra persona.</translation>
    </message>
    <message>
        <source>This record was changed by someone else meanwhile.</source>
        <translation>Nel frattempo questo elemento è stato modificato da un&apos;altra persona.</translation>
    </message>
    <message>
        <source>The record you asked for no longer exists (it may have been deleted elsewhere).</source>
        <translation>L&apos;elemento richiesto non esiste più (potrebbe essere stato eliminato altrove).</translation>
    </message>
    <message>
        <source>Only a changed field can be put back; this history entry records a {action}.</source>
        <translation>Si può ripristinare solo un campo modificato; questa voce della cronologia registra: {action}.</translation>
    </message>
    <message>
        <source>The field {field} can no longer be edited, so its earlier value cannot be put back.</source>
        <translation>Il campo {field} non è più modificabile, quindi non è possibile ripristinarne il valore precedente.</translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST[:PORT]/DATABASE for a team register on PostgreSQL, or sqlite:///PATH/TO/register.db (the same as --db PATH) for a register file</source>
        <translation>postgresql+psycopg://UTENTE@HOST[:PORTA]/DATABASE per un registro di gruppo su PostgreSQL, oppure sqlite:///PERCORSO/DEL/register.db (come --db PERCORSO) per un file di registro</translation>
    </message>
    <message>
        <source>Give either a database file or a database URL, not both.</source>
        <translation>Indica un file di database oppure un URL di database, non entrambi.</translation>
    </message>
    <message>
        <source>The database URL given is not a URL RIS3 Desk understands. Use {urls}.</source>
        <translation>L&apos;URL di database indicato non è un URL che RIS3 Desk comprende. Usa {urls}.</translation>
    </message>
    <message>
        <source>RIS3 Desk cannot use a {driver} database. Use {urls}.</source>
        <translation>RIS3 Desk non può usare un database {driver}. Usa {urls}.</translation>
    </message>
    <message>
        <source>RIS3 Desk cannot use this database URL ({driver}://…); use {urls}.</source>
        <translation>RIS3 Desk non può usare questo URL di database ({driver}://…); usa {urls}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} è una cartella, non un file di database.</translation>
    </message>
    <message>
        <source>A register cannot be created at {path}: {reason}. Nothing was written; choose a folder of your own.</source>
        <translation>Non è possibile creare un registro in {path}: {reason}. Non è stato scritto nulla; scegli una tua cartella.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}.</source>
        <translation>Non è possibile leggere {path}: {why}.</translation>
    </message>
    <message>
        <source>{path} is not encrypted: open it without a passphrase, or encrypt it with &apos;ris3desk encrypt&apos;.</source>
        <translation>{path} non è cifrato: aprilo senza passphrase, oppure cifralo con &apos;ris3desk encrypt&apos;.</translation>
    </message>
    <message>
        <source>{path} is not a RIS3 Desk database; it was left untouched.</source>
        <translation>{path} non è un database di RIS3 Desk; è stato lasciato intatto.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}. It was not changed. Move or copy it to a folder of your own, or ask whoever manages that location for write access.</source>
        <translation>Non è possibile aprire {path}: {reason}. Non è stato modificato. Spostalo o copialo in una tua cartella, oppure chiedi a chi gestisce quella posizione il permesso di scrittura.</translation>
    </message>
    <message>
        <source>{path} is not a readable database ({why}); it was left untouched.</source>
        <translation>{path} non è un database leggibile ({why}); è stato lasciato intatto.</translation>
    </message>
    <message>
        <source>{path} holds other data, not a RIS3 Desk register; it was left untouched.</source>
        <translation>{path} contiene altri dati, non un registro di RIS3 Desk; è stato lasciato intatto.</translation>
    </message>
    <message>
        <source>{path} is being created or used by another program (another &apos;ris3desk&apos; or window) that did not let go within {seconds} seconds; nothing was changed. Try again when it has finished.</source>
        <translation>{path} è in fase di creazione o in uso da parte di un altro programma (un altro &apos;ris3desk&apos; o un&apos;altra finestra) che non l&apos;ha rilasciato entro {seconds} secondi; non è stato modificato nulla. Riprova quando avrà finito.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of RIS3 Desk (schema {revision}); install the newer version to open it.</source>
        <translation>{path} è stato creato da una versione più recente di RIS3 Desk (schema {revision}); installa la versione più recente per aprirlo.</translation>
    </message>
    <message>
        <source>{path} is empty; run &apos;ris3desk init&apos; to create it.</source>
        <translation>{path} è vuoto; esegui &apos;ris3desk init&apos; per crearlo.</translation>
    </message>
    <message>
        <source>{path} needs an upgrade; run &apos;ris3desk init&apos;.</source>
        <translation>{path} deve essere aggiornato; esegui &apos;ris3desk init&apos;.</translation>
    </message>
    <message>
        <source>{path} cannot be used: {why}.</source>
        <translation>Non è possibile usare {path}: {why}.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {why}.</source>
        <translation>Non è possibile aprire {path}: {why}.</translation>
    </message>
    <message>
        <source>The database server at {server} answers, but user {user} may not read the register {database}: ask its administrator to grant access.</source>
        <translation>Il server di database {server} risponde, ma l&apos;utente {user} non può leggere il registro {database}: chiedi al suo amministratore di concedere l&apos;accesso.</translation>
    </message>
    <message>
        <source>The database server at {server} refused the user name or password given ({user}).</source>
        <translation>Il server di database {server} ha rifiutato il nome utente o la password indicati ({user}).</translation>
    </message>
    <message>
        <source>no user name</source>
        <translation>nessun nome utente</translation>
    </message>
    <message>
        <source>The database server at {server} answers, but has no database called {database}: ask its administrator to create it (createdb), then run this again.</source>
        <translation>Il server di database {server} risponde, ma non ha un database chiamato {database}: chiedi al suo amministratore di crearlo (createdb), poi riprova.</translation>
    </message>
    <message>
        <source>The database server at {server} answers, but knows no user called {user}: ask its administrator.</source>
        <translation>Il server di database {server} risponde, ma non conosce alcun utente chiamato {user}: rivolgiti al suo amministratore.</translation>
    </message>
    <message>
        <source>The database server at {server} does not answer or refused the connection ({why}).</source>
        <translation>Il server di database {server} non risponde o ha rifiutato la connessione ({why}).</translation>
    </message>
    <message>
        <source>Your database user ({user}) may read this register but not change it; ask its administrator.</source>
        <translation>Il tuo utente del database ({user}) può leggere questo registro ma non modificarlo; rivolgiti al suo amministratore.</translation>
    </message>
    <message>
        <source>Your database user ({user}) may not read all of this register; ask its administrator to grant access.</source>
        <translation>Il tuo utente del database ({user}) non può leggere tutto questo registro; chiedi al suo amministratore di concederti l&apos;accesso.</translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right; the register was not opened. Check the passphrase (capitals count) and try again.</source>
        <translation>La passphrase di {name} non è corretta; il registro non è stato aperto. Controlla la passphrase (maiuscole e minuscole contano) e riprova.</translation>
    </message>
    <message>
        <source>{name} is encrypted, or is not a database at all. Give its passphrase with --passphrase-file FILE or the RIS3DESK_PASSPHRASE environment variable.</source>
        <translation>{name} è cifrato, oppure non è affatto un database. Indica la sua passphrase con --passphrase-file FILE o con la variabile di ambiente RIS3DESK_PASSPHRASE.</translation>
    </message>
    <message>
        <source>{name} is cut short: only {size} bytes of a database header.</source>
        <translation>{name} è troncato: solo {size} byte di intestazione del database.</translation>
    </message>
    <message>
        <source>{name} has a damaged header (page size {page_size}).</source>
        <translation>{name} ha un&apos;intestazione danneggiata (dimensione di pagina {page_size}).</translation>
    </message>
    <message>
        <source>the disk or folder it is on ({folder}) is read-only</source>
        <translation>il disco o la cartella in cui si trova ({folder}) è di sola lettura</translation>
    </message>
    <message>
        <source>you are not permitted to read it</source>
        <translation>non hai il permesso di leggerlo</translation>
    </message>
    <message>
        <source>the file is read-only, or you are not permitted to change it</source>
        <translation>il file è di sola lettura, oppure non hai il permesso di modificarlo</translation>
    </message>
    <message>
        <source>its folder {folder} is read-only, or you are not permitted to write there (SQLite keeps its log files beside the register)</source>
        <translation>la sua cartella {folder} è di sola lettura, oppure non hai il permesso di scriverci (SQLite tiene i suoi file di log accanto al registro)</translation>
    </message>
    <message>
        <source>A team register on a database server is backed up on the server (see the documentation); &apos;ris3desk backup&apos; writes its JSON export instead.</source>
        <translation>Le copie di sicurezza di un registro di gruppo su un server di database si fanno sul server (vedi la documentazione); &apos;ris3desk backup&apos; ne scrive invece l&apos;esportazione JSON.</translation>
    </message>
    <message>
        <source>it is a SQLite database but not a RIS3 Desk register</source>
        <translation>è un database SQLite ma non un registro di RIS3 Desk</translation>
    </message>
    <message>
        <source>it is damaged ({why})</source>
        <translation>è danneggiato ({why})</translation>
    </message>
    <message>
        <source>it holds {count} broken links between records</source>
        <translation>contiene {count} collegamenti interrotti tra record</translation>
    </message>
    <message>
        <source>{target} exists already, and a backup is never written over another file. Choose another name (or a folder), or remove that file first.</source>
        <translation>{target} esiste già, e una copia di sicurezza non sovrascrive mai un altro file. Scegli un altro nome (o una cartella), oppure rimuovi prima quel file.</translation>
    </message>
    <message>
        <source>{log}, a log file SQLite left for another database of that name, lies beside {target}; a backup there would be mixed with it. Choose another name, or remove {log} first.</source>
        <translation>{log}, un file di log lasciato da SQLite per un altro database con quel nome, si trova accanto a {target}; una copia di sicurezza lì verrebbe mescolata con esso. Scegli un altro nome, oppure rimuovi prima {log}.</translation>
    </message>
    <message>
        <source>{target} was changed by another program while the backup was written; it is not the checked copy. Take the backup again under another name.</source>
        <translation>{target} è stato modificato da un altro programma mentre veniva scritta la copia di sicurezza; non è la copia verificata. Crea di nuovo la copia con un altro nome.</translation>
    </message>
    <message>
        <source>There is no register at {path} to back up.</source>
        <translation>Non c&apos;è alcun registro in {path} di cui fare una copia di sicurezza.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the register itself; choose another file.</source>
        <translation>Una copia di sicurezza non può sovrascrivere il registro stesso; scegli un altro file.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be made ({why}); nothing was written. Give a folder of your own with --out.</source>
        <translation>Non è possibile creare la cartella delle copie di sicurezza {folder} ({why}); non è stato scritto nulla. Indica una tua cartella con --out.</translation>
    </message>
    <message>
        <source>{name} cannot be read where it is: {reason} (SQLite writes its lock files beside a register even to read it). Nothing was written.</source>
        <translation>Non è possibile leggere {name} dove si trova: {reason} (SQLite scrive i suoi file di blocco accanto al registro anche solo per leggerlo). Non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>it could not be read ({why})</source>
        <translation>non è stato possibile leggerlo ({why})</translation>
    </message>
    <message>
        <source>The backup of {name} failed its check: {why}. Nothing was changed; the register may be damaged: run &apos;ris3desk check&apos;.</source>
        <translation>La copia di sicurezza di {name} non ha superato la verifica: {why}. Non è stato modificato nulla; il registro potrebbe essere danneggiato: esegui &apos;ris3desk check&apos;.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the backup file itself (&apos;ris3desk backup --list&apos; shows the backups in the register&apos;s backup folder).</source>
        <translation>{path} è una cartella; indica il file della copia di sicurezza (&apos;ris3desk backup --list&apos; mostra le copie nella cartella delle copie del registro).</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} non esiste.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}.</source>
        <translation>Non è possibile ripristinare {name}: {why}.</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}</source>
        <translation>Non è possibile ripristinare {name}: {why}</translation>
    </message>
    <message>
        <source>it is not a RIS3 Desk register (or it is encrypted and no passphrase was given)</source>
        <translation>non è un registro di RIS3 Desk (oppure è cifrato e non è stata indicata una passphrase)</translation>
    </message>
    <message>
        <source>it is not a RIS3 Desk register, or it is encrypted with another passphrase</source>
        <translation>non è un registro di RIS3 Desk, oppure è cifrato con un&apos;altra passphrase</translation>
    </message>
    <message>
        <source>it was made by a newer version of RIS3 Desk (schema {schema}); install that version to use it</source>
        <translation>è stato creato da una versione più recente di RIS3 Desk (schema {schema}); installa quella versione per usarlo</translation>
    </message>
    <message>
        <source>The backup cannot be restored into this register: their pages differ in size and the register is encrypted. Decrypt the register (&apos;ris3desk decrypt&apos;) and try again.</source>
        <translation>Non è possibile ripristinare la copia di sicurezza in questo registro: le loro pagine hanno dimensioni diverse e il registro è cifrato. Decifra il registro (&apos;ris3desk decrypt&apos;) e riprova.</translation>
    </message>
    <message>
        <source>The backup is too small to be a register; nothing was restored.</source>
        <translation>La copia di sicurezza è troppo piccola per essere un registro; non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>That file is the register itself; choose a backup.</source>
        <translation>Quel file è il registro stesso; scegli una copia di sicurezza.</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la cartella {folder} non esiste</translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}. Nothing was changed.</source>
        <translation>Non è possibile ripristinare {name}: {why}. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>This version cannot export a team register yet; back it up on the server with pg_dump (see the documentation).</source>
        <translation>Questa versione non può ancora esportare un registro di gruppo; fanne una copia di sicurezza sul server con pg_dump (vedi la documentazione).</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). It was not opened, so nothing more was written to it. Restore the newest good backup (&apos;ris3desk restore&apos;), or run &apos;ris3desk check&apos; for details.</source>
        <translation>{name} è danneggiato ({detail}). Non è stato aperto, quindi non vi è stato scritto altro. Ripristina la copia di sicurezza valida più recente (&apos;ris3desk restore&apos;), oppure esegui &apos;ris3desk check&apos; per i dettagli.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>No contact person matches “{who}”.</source>
        <translation>Nessun referente corrisponde a “{who}”.</translation>
    </message>
    <message>
        <source>No contact person matches “{who}”. Did you mean {names}?</source>
        <translation>Nessun referente corrisponde a “{who}”. Forse cercavi {names}?</translation>
    </message>
    <message>
        <source>Give the contact person&apos;s name, e-mail address or id.</source>
        <translation>Indica il nome, l&apos;indirizzo e-mail o l&apos;id del referente.</translation>
    </message>
    <message>
        <source>{count} contact people match “{who}”; give the e-mail address or the id.</source>
        <translation>{count} referenti corrispondono a “{who}”; indica l&apos;indirizzo e-mail o l&apos;id.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Data source</source>
        <translation>Fonte dei dati</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Aggiornato al</translation>
    </message>
    <message>
        <source>NUTS code</source>
        <translation>Codice NUTS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Parent region</source>
        <translation>Regione superiore</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Name (Italian)</source>
        <translation>Nome (italiano)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nome (inglese)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Description (Italian)</source>
        <translation>Descrizione (italiano)</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>Descrizione (inglese)</translation>
    </message>
    <message>
        <source>Parent sector</source>
        <translation>Settore superiore</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nome breve</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>PIC</source>
        <translation>PIC</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Partita IVA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>NUTS region</source>
        <translation>Regione NUTS</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sito web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation>Note interne</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Ultima verifica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Acronimo</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Total budget (EUR)</source>
        <translation>Budget totale (EUR)</translation>
    </message>
    <message>
        <source>EU contribution (EUR)</source>
        <translation>Contributo UE (EUR)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temi</translation>
    </message>
    <message>
        <source>External reference</source>
        <translation>Riferimento esterno</translation>
    </message>
    <message>
        <source>Contribution (EUR)</source>
        <translation>Contributo (EUR)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatta</translation>
    </message>
    <message>
        <source>NUTS region code</source>
        <translation>Codice della regione NUTS</translation>
    </message>
    <message>
        <source>Organisation (PIC, VAT number or name)</source>
        <translation>Organizzazione (PIC, partita IVA o nome)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Partnership (reference, acronym or title)</source>
        <translation>Partenariato (riferimento, acronimo o titolo)</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariato</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regione</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interazione</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Key enabling technology</source>
        <translation>Tecnologia abilitante fondamentale</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminato</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>Dati personali cancellati</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Unito</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Organisation merged in</source>
        <translation>Organizzazione incorporata</translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation>Elemento conservato</translation>
    </message>
    <message>
        <source>Undone (record kept)</source>
        <translation>Annullata (elemento conservato)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Aggiornato al</translation>
    </message>
    <message>
        <source>Fields edited by hand</source>
        <translation>Campi modificati a mano</translation>
    </message>
    <message>
        <source>Participants added</source>
        <translation>Partecipanti aggiunti</translation>
    </message>
    <message>
        <source>Partner regions added</source>
        <translation>Regioni partner aggiunte</translation>
    </message>
    <message>
        <source>(a deleted record)</source>
        <translation>(un elemento eliminato)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>no project: projectID is empty</source>
        <translation>nessun progetto: projectID è vuoto</translation>
    </message>
    <message>
        <source>the project number “{value}” is not a number</source>
        <translation>il numero di progetto “{value}” non è un numero</translation>
    </message>
    <message>
        <source>no project: id is empty</source>
        <translation>nessun progetto: id è vuoto</translation>
    </message>
    <message>
        <source>no PIC: organisationID is empty</source>
        <translation>nessun PIC: organisationID è vuoto</translation>
    </message>
    <message>
        <source>the PIC “{value}” is malformed: a PIC is exactly 9 digits</source>
        <translation>il PIC “{value}” non è valido: un PIC è composto da esattamente 9 cifre</translation>
    </message>
    <message>
        <source>no organisation name</source>
        <translation>nessun nome di organizzazione</translation>
    </message>
    <message>
        <source>the role “{value}” is not a CORDIS role (coordinator, participant, associatedPartner, thirdParty)</source>
        <translation>il ruolo “{value}” non è un ruolo CORDIS (coordinator, participant, associatedPartner, thirdParty)</translation>
    </message>
    <message>
        <source>the activity type “{value}” is not a CORDIS one (HES, REC, PRC, PUB or OTH)</source>
        <translation>il tipo di attività “{value}” non è un tipo CORDIS (HES, REC, PRC, PUB o OTH)</translation>
    </message>
    <message>
        <source>the SME flag “{value}” is neither true nor false</source>
        <translation>l&apos;indicatore PMI “{value}” non è né true né false</translation>
    </message>
    <message>
        <source>the project has no title</source>
        <translation>il progetto non ha un titolo</translation>
    </message>
    <message>
        <source>{region} is not a NUTS 2021 region code (e.g. ITC1 for Piemonte, ITC11 for Torino).</source>
        <translation>{region} non è un codice di regione NUTS 2021 (ad es. ITC1 per il Piemonte, ITC11 per Torino).</translation>
    </message>
    <message>
        <source>{file} is not a CORDIS project table (it has no title column).</source>
        <translation>{file} non è una tabella dei progetti CORDIS (non ha la colonna title).</translation>
    </message>
    <message>
        <source>--region {region}: {kept} projects with a participant there kept, {left_out} others left out.</source>
        <translation>--region {region}: tenuti {kept} progetti con un partecipante nella regione, esclusi gli altri {left_out}.</translation>
    </message>
    <message>
        <source>{count} rows named an organisation already listed in the same project; each pair became one participation (the stronger role, the contributions added).</source>
        <translation>{count} righe indicavano un&apos;organizzazione già presente nello stesso progetto; ogni coppia è diventata una sola partecipazione (il ruolo più forte, i contributi sommati).</translation>
    </message>
    <message>
        <source>{count} row named an organisation already listed in the same project; the pair became one participation (the stronger role, the contributions added).</source>
        <translation>{count} riga indicava un&apos;organizzazione già presente nello stesso progetto; la coppia è diventata una sola partecipazione (il ruolo più forte, i contributi sommati).</translation>
    </message>
    <message>
        <source>{count} projects give a total cost of 0 (lump-sum grants): their budget was left empty.</source>
        <translation>{count} progetti indicano un costo totale di 0 (sovvenzioni forfettarie): il loro budget è stato lasciato vuoto.</translation>
    </message>
    <message>
        <source>{count} project gives a total cost of 0 (a lump-sum grant): its budget was left empty.</source>
        <translation>{count} progetto indica un costo totale di 0 (sovvenzione forfettaria): il suo budget è stato lasciato vuoto.</translation>
    </message>
    <message>
        <source>{count} projects of the project table have no participant in this import; left out.</source>
        <translation>{count} progetti della tabella dei progetti non hanno partecipanti in questa importazione: esclusi.</translation>
    </message>
    <message>
        <source>{count} project of the project table has no participant in this import; left out.</source>
        <translation>{count} progetto della tabella dei progetti non ha partecipanti in questa importazione: escluso.</translation>
    </message>
    <message>
        <source>{count} refused rows belong to projects outside {region}, which are left out anyway; they are not listed among the rejects.</source>
        <translation>{count} righe scartate appartengono a progetti fuori da {region}, che restano comunque esclusi; non sono elencate tra gli scarti.</translation>
    </message>
    <message>
        <source>{count} refused row belongs to a project outside {region}, which is left out anyway; it is not listed among the rejects.</source>
        <translation>{count} riga scartata appartiene a un progetto fuori da {region}, che resta comunque escluso; non è elencata tra gli scarti.</translation>
    </message>
    <message>
        <source>{file} is not a CORDIS participant or project table: the columns {missing} are missing (it has: {found})</source>
        <translation>{file} non è una tabella CORDIS di partecipanti o di progetti: mancano le colonne {missing} (contiene: {found})</translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation>riga {line}: {reason}</translation>
    </message>
    <message>
        <source>the row has {got} fields where the header has {want} (a broken line, or a delimiter inside an unquoted value)</source>
        <translation>la riga ha {got} campi, mentre l&apos;intestazione ne ha {want} (una riga spezzata o un delimitatore in un valore senza virgolette)</translation>
    </message>
    <message>
        <source>the header line appears again here (two files joined into one?)</source>
        <translation>qui compare di nuovo la riga di intestazione (due file uniti in uno?)</translation>
    </message>
    <message>
        <source>Column {column}: {message}</source>
        <translation>Colonna {column}: {message}</translation>
    </message>
    <message>
        <source>the organisation “{value}” is not in the register (import organisations first)</source>
        <translation>l&apos;organizzazione “{value}” non è nel registro (importa prima le organizzazioni)</translation>
    </message>
    <message>
        <source>“{value}” names {count} organisations; give the PIC or VAT number</source>
        <translation>“{value}” corrisponde a {count} organizzazioni; indica il PIC o la partita IVA</translation>
    </message>
    <message>
        <source>the partnership “{value}” is not in the register</source>
        <translation>il partenariato “{value}” non è nel registro</translation>
    </message>
    <message>
        <source>“{value}” names {count} partnerships; give the reference or the title</source>
        <translation>“{value}” corrisponde a {count} partenariati; indica il riferimento o il titolo</translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {choices} (column {column}).</source>
        <translation>{label}: “{value}” non è tra {choices} (colonna {column}).</translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code (column {column}).</source>
        <translation>“{value}” non è un codice di regione NUTS (colonna {column}).</translation>
    </message>
    <message>
        <source>“{value}” is not a country (write a two-letter code such as IT) (column {column}).</source>
        <translation>“{value}” non è un paese (scrivi un codice di due lettere come IT) (colonna {column}).</translation>
    </message>
    <message>
        <source>this row is the same {what} as line {line} ({why})</source>
        <translation>questa riga riguarda lo stesso elemento ({what}) della riga {line} ({why})</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>{label}: campo vuoto.</translation>
    </message>
    <message>
        <source>the mapping names “{field}”, which is not a field of a {kind} (fields: {fields})</source>
        <translation>la corrispondenza indica “{field}”, che non è un campo di {kind} (campi: {fields})</translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation>Colonne non importate: {columns}.</translation>
    </message>
    <message>
        <source>No column for {label}: new records get “{value}”.</source>
        <translation>Nessuna colonna per {label}: i nuovi elementi ricevono “{value}”.</translation>
    </message>
    <message>
        <source>The mapping names the column “{header}”, which the file does not have (it has: {headers}).</source>
        <translation>La corrispondenza indica la colonna “{header}”, che il file non ha (ha: {headers}).</translation>
    </message>
    <message>
        <source>same PIC</source>
        <translation>stesso PIC</translation>
    </message>
    <message>
        <source>same VAT number</source>
        <translation>stessa partita IVA</translation>
    </message>
    <message>
        <source>same name and city</source>
        <translation>stesso nome e stessa città</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organizzazione</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation>stesso indirizzo e-mail</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>stesso nome</translation>
    </message>
    <message>
        <source>partnership</source>
        <translation>partenariato</translation>
    </message>
    <message>
        <source>same reference, acronym or title</source>
        <translation>stesso riferimento, acronimo o titolo</translation>
    </message>
    <message>
        <source>participation</source>
        <translation>partecipazione</translation>
    </message>
    <message>
        <source>same organisation in the same partnership</source>
        <translation>stessa organizzazione nello stesso partenariato</translation>
    </message>
    <message>
        <source>no column is mapped to {label}: map one (e.g. with --mapping &quot;Header=field&quot;)</source>
        <translation>nessuna colonna corrisponde a {label}: assegnane una (ad es. con --mapping &quot;Header=field&quot;)</translation>
    </message>
    <message>
        <source>{part} in {whole}</source>
        <translation>{part} in {whole}</translation>
    </message>
    <message>
        <source>{record}: {what}</source>
        <translation>{record}: {what}</translation>
    </message>
    <message>
        <source>{label} set</source>
        <translation>{label} impostato</translation>
    </message>
    <message>
        <source>{label} set to “{new}”</source>
        <translation>{label}: valore impostato a “{new}”</translation>
    </message>
    <message>
        <source>{label} “{old}” → “{new}”</source>
        <translation>{label} “{old}” → “{new}”</translation>
    </message>
    <message>
        <source>{label} stays “{old}” (file: “{new}”)</source>
        <translation>{label} resta “{old}” (nel file: “{new}”)</translation>
    </message>
    <message>
        <source>organisations</source>
        <translation>organizzazioni</translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation>partenariati</translation>
    </message>
    <message>
        <source>participations</source>
        <translation>partecipazioni</translation>
    </message>
    <message>
        <source>partner regions</source>
        <translation>regioni partner</translation>
    </message>
    <message>
        <source>contact people</source>
        <translation>referenti</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>Reading projects</source>
        <translation>Lettura dei progetti</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Confronto con il registro</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>Confronto dei partecipanti</translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation>Confronto dei nomi</translation>
    </message>
    <message>
        <source>Writing {records}</source>
        <translation>Scrittura: {records}</translation>
    </message>
    <message>
        <source>Updating {records}</source>
        <translation>Aggiornamento: {records}</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvataggio</translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation>{file} non esiste.</translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation>{file} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation>{file} non si può leggere: {why}.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} è vuoto.</translation>
    </message>
    <message>
        <source>{file}: only .xlsx workbooks can be read; save it as .xlsx or CSV.</source>
        <translation>{file}: si possono leggere solo cartelle di lavoro .xlsx; salvalo come .xlsx o CSV.</translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) file; save it as .xlsx or CSV and try again.</source>
        <translation>{file} è un vecchio file Excel (.xls); salvalo come .xlsx o CSV e riprova.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a character encoding this program knows (try utf-8, cp1252, cp1250 or latin-1).</source>
        <translation>“{encoding}” non è una codifica dei caratteri che questo programma conosce (prova utf-8, cp1252, cp1250 o latin-1).</translation>
    </message>
    <message>
        <source>the file is not text (no character encoding fits it).</source>
        <translation>il file non è testo (nessuna codifica dei caratteri gli corrisponde).</translation>
    </message>
    <message>
        <source>{file} is a damaged compressed file ({why}).</source>
        <translation>{file} è un file compresso danneggiato ({why}).</translation>
    </message>
    <message>
        <source>{file} is not a text table (it holds binary data).</source>
        <translation>{file} non è una tabella di testo (contiene dati binari).</translation>
    </message>
    <message>
        <source>{file}: line {line} is not valid {encoding} text ({why}); save the file as UTF-8 and try again.</source>
        <translation>{file}: la riga {line} non è testo {encoding} valido ({why}); salva il file come UTF-8 e riprova.</translation>
    </message>
    <message>
        <source>{file}: line {line}: {why}.</source>
        <translation>{file}: riga {line}: {why}.</translation>
    </message>
    <message>
        <source>{file}: line {line}: a value runs on for more than {limit} characters — most likely a quotation mark that is never closed. Check that line in a text editor.</source>
        <translation>{file}: riga {line}: un valore prosegue per più di {limit} caratteri — molto probabilmente delle virgolette aperte e mai chiuse. Controlla quella riga con un editor di testo.</translation>
    </message>
    <message>
        <source>{file}: line {line}: a quoted value runs on over {lines} lines, taking in the rows after it — most likely a quotation mark that is never closed. Check that line in a text editor.</source>
        <translation>{file}: riga {line}: un valore tra virgolette prosegue per {lines} righe e ingloba le righe successive — molto probabilmente delle virgolette aperte e mai chiuse. Controlla quella riga con un editor di testo.</translation>
    </message>
    <message>
        <source>{file} is damaged or cut short ({why}).</source>
        <translation>{file} è danneggiato o troncato ({why}).</translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation>{file} non ha una riga di intestazione.</translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook ({why}).</source>
        <translation>{file} non è una cartella di lavoro Excel leggibile ({why}).</translation>
    </message>
    <message>
        <source>{file} looks like an Excel workbook but is not named .xlsx; rename it to .xlsx and import it again.</source>
        <translation>{file} sembra una cartella di lavoro Excel ma il nome non finisce in .xlsx; rinominalo in .xlsx e importalo di nuovo.</translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation>{file} non ha un foglio chiamato “{sheet}” (ha: {sheets}).</translation>
    </message>
    <message>
        <source>{file} has no sheet with a table in it.</source>
        <translation>{file} non ha alcun foglio con una tabella.</translation>
    </message>
    <message>
        <source>Someone else changed one of the {records} this import was updating; nothing was imported. Run the import again.</source>
        <translation>Durante l&apos;importazione qualcun altro ha modificato uno dei record da aggiornare ({records}); non è stato importato nulla. Ripeti l&apos;importazione.</translation>
    </message>
    <message>
        <source>Someone else changed {count} of the {records} this import was updating; nothing was imported. Run the import again.</source>
        <translation>Durante l&apos;importazione qualcun altro ha modificato {count} dei record da aggiornare ({records}); non è stato importato nulla. Ripeti l&apos;importazione.</translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>SQLite&apos;s own check found the file damaged: {detail}</source>
        <translation>Il controllo di SQLite ha trovato il file danneggiato: {detail}</translation>
    </message>
    <message>
        <source>The register&apos;s structure is from an older version (schema {found}, this version uses {head}); run &apos;ris3desk init&apos; to upgrade it.</source>
        <translation>La struttura del registro è di una versione precedente (schema {found}, questa versione usa {head}); esegui &apos;ris3desk init&apos; per aggiornarla.</translation>
    </message>
    <message>
        <source>{count} row of the table {table} points to a row of {parent} that does not exist.</source>
        <translation>Righe della tabella {table} che rimandano a righe inesistenti di {parent}: {count}.</translation>
    </message>
    <message>
        <source>{count} rows of the table {table} point to rows of {parent} that do not exist.</source>
        <translation>Righe della tabella {table} che rimandano a righe inesistenti di {parent}: {count}.</translation>
    </message>
    <message>
        <source>{count} {child} record whose {parent} no longer exists ({column}).</source>
        <translation>Elementi di tipo {child} che dipendono da un elemento di tipo {parent} non più esistente ({column}): {count}.</translation>
    </message>
    <message>
        <source>{count} {child} records whose {parent} no longer exists ({column}).</source>
        <translation>Elementi di tipo {child} che dipendono da un elemento di tipo {parent} non più esistente ({column}): {count}.</translation>
    </message>
    <message>
        <source>{count} {child} record linking to a {parent} that no longer exists ({column}).</source>
        <translation>Elementi di tipo {child} collegati a un elemento di tipo {parent} non più esistente ({column}): {count}.</translation>
    </message>
    <message>
        <source>{count} {child} records linking to a {parent} that no longer exists ({column}).</source>
        <translation>Elementi di tipo {child} collegati a un elemento di tipo {parent} non più esistente ({column}): {count}.</translation>
    </message>
    <message>
        <source>{count} {kind} record cannot be found by search (it is missing from the search index). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>Elementi di tipo {kind} che la ricerca non trova (mancano nell&apos;indice di ricerca): {count}. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>{count} {kind} records cannot be found by search (they are missing from the search index). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>Elementi di tipo {kind} che la ricerca non trova (mancano nell&apos;indice di ricerca): {count}. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>The search index lists {count} {kind} record that no longer exists, so searches may show a ghost. &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>L&apos;indice di ricerca elenca elementi di tipo {kind} che non esistono più ({count}), quindi le ricerche possono mostrare risultati fantasma. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>The search index lists {count} {kind} records that no longer exist, so searches may show ghosts. &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>L&apos;indice di ricerca elenca elementi di tipo {kind} che non esistono più ({count}), quindi le ricerche possono mostrare risultati fantasma. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>The search index holds {count} entry of an unknown kind ({kind}). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>L&apos;indice di ricerca contiene voci di un tipo sconosciuto ({kind}): {count}. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>The search index holds {count} entries of an unknown kind ({kind}). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation>L&apos;indice di ricerca contiene voci di un tipo sconosciuto ({kind}): {count}. &apos;ris3desk check --repair&apos; ricostruisce l&apos;indice.</translation>
    </message>
    <message>
        <source>The search index is damaged inside ({detail}). &apos;ris3desk check --repair&apos; rebuilds it.</source>
        <translation>L&apos;indice di ricerca è danneggiato internamente ({detail}). &apos;ris3desk check --repair&apos; lo ricostruisce.</translation>
    </message>
    <message>
        <source>{count} partnership ends before it starts.</source>
        <translation>Partenariati che terminano prima di iniziare: {count}.</translation>
    </message>
    <message>
        <source>{count} partnerships end before they start.</source>
        <translation>Partenariati che terminano prima di iniziare: {count}.</translation>
    </message>
    <message>
        <source>{count} partnership has an EU contribution larger than its total budget.</source>
        <translation>Partenariati con un contributo UE superiore al budget totale: {count}.</translation>
    </message>
    <message>
        <source>{count} partnerships have an EU contribution larger than their total budget.</source>
        <translation>Partenariati con un contributo UE superiore al budget totale: {count}.</translation>
    </message>
    <message>
        <source>{count} sector is its own parent, or comes under itself further up ({codes}); choose another parent for it.</source>
        <translation>Settore che sta sotto sé stesso (è il proprio settore superiore, direttamente o più in alto): {count} ({codes}). Scegli un altro settore superiore.</translation>
    </message>
    <message>
        <source>{count} sectors are their own parent, or come under themselves further up ({codes}); choose another parent for them.</source>
        <translation>Settori che stanno sotto sé stessi (sono il proprio settore superiore, direttamente o più in alto): {count} ({codes}). Scegli per ciascuno un altro settore superiore.</translation>
    </message>
    <message>
        <source>{count} region is its own parent region, or lies within itself further up ({codes}); choose another parent region for it.</source>
        <translation>Regione che si trova dentro sé stessa (è la propria regione superiore, direttamente o più in alto): {count} ({codes}). Scegli un&apos;altra regione superiore.</translation>
    </message>
    <message>
        <source>{count} regions are their own parent region, or lie within themselves further up ({codes}); choose another parent region for them.</source>
        <translation>Regioni che si trovano dentro sé stesse (sono la propria regione superiore, direttamente o più in alto): {count} ({codes}). Scegli per ciascuna un&apos;altra regione superiore.</translation>
    </message>
    <message>
        <source>{count} record of {table} holds a negative amount in {column}.</source>
        <translation>Elementi di {table} con un importo negativo in {column}: {count}.</translation>
    </message>
    <message>
        <source>{count} records of {table} hold a negative amount in {column}.</source>
        <translation>Elementi di {table} con un importo negativo in {column}: {count}.</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Controllo del file</translation>
    </message>
    <message>
        <source>Checking the records and the search index</source>
        <translation>Controllo degli elementi e dell&apos;indice di ricerca</translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>The register is in a folder synchronised by {service} ({folder}). Sync clients copy files while they are being written and may bring back an older or half-written copy, which can lose or damage data. Keep the register in a local folder; its backups can go to the cloud.</source>
        <translation>Il registro si trova in una cartella sincronizzata da {service} ({folder}). I programmi di sincronizzazione copiano i file mentre vengono scritti e possono riportare una copia più vecchia o scritta a metà, con il rischio di perdere o danneggiare i dati. Tieni il registro in una cartella locale; le sue copie di sicurezza possono andare nel cloud.</translation>
    </message>
    <message>
        <source>The register is on a network drive ({where}, {fstype}). Network file systems do not always honour SQLite&apos;s locks, so two people writing at once can damage it. Keep the register on this computer, or use a team database on a server.</source>
        <translation>Il registro si trova su un&apos;unità di rete ({where}, {fstype}). I file system di rete non sempre rispettano i blocchi di SQLite, quindi due persone che scrivono contemporaneamente possono danneggiarlo. Tieni il registro su questo computer oppure usa un database condiviso su un server.</translation>
    </message>
</context>
<context>
    <name>subject_access</name>
    <message>
        <source>Data held about one person (data-subject access request)</source>
        <translation>Dati conservati su una persona (richiesta di accesso dell’interessato)</translation>
    </message>
    <message>
        <source>Register: {register}</source>
        <translation>Registro: {register}</translation>
    </message>
    <message>
        <source>Generated: {at}</source>
        <translation>Generato il: {at}</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>La persona</translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation>Organizzazione: {name}</translation>
    </message>
    <message>
        <source>History ({count} entry)</source>
        <translation>Cronologia ({count} voce)</translation>
    </message>
    <message>
        <source>History ({count} entries)</source>
        <translation>Cronologia ({count} voci)</translation>
    </message>
    <message>
        <source>Mentioned in ({count} record)</source>
        <translation>Citata in ({count} scheda)</translation>
    </message>
    <message>
        <source>Mentioned in ({count} records)</source>
        <translation>Citata in ({count} schede)</translation>
    </message>
    <message>
        <source>Mentioned in the history of other records ({count} entry)</source>
        <translation>Citata nella cronologia di altre schede ({count} voce)</translation>
    </message>
    <message>
        <source>Mentioned in the history of other records ({count} entries)</source>
        <translation>Citata nella cronologia di altre schede ({count} voci)</translation>
    </message>
    <message>
        <source>Mentioned in merges of duplicate organisations, kept to undo them ({count} entry)</source>
        <translation>Citata in unioni di organizzazioni duplicate, conservate per poterle annullare ({count} voce)</translation>
    </message>
    <message>
        <source>Mentioned in merges of duplicate organisations, kept to undo them ({count} entries)</source>
        <translation>Citata in unioni di organizzazioni duplicate, conservate per poterle annullare ({count} voci)</translation>
    </message>
    <message>
        <source>{action} by {author}</source>
        <translation>{action} di {author}</translation>
    </message>
    <message>
        <source>{action} of {kind}{title}{field}, before the change: “{text}”</source>
        <translation>{action} di {kind}{title}{field}, prima della modifica: “{text}”</translation>
    </message>
    <message>
        <source>{action} of {kind}{title}{field}, after the change: “{text}”</source>
        <translation>{action} di {kind}{title}{field}, dopo la modifica: “{text}”</translation>
    </message>
    <message>
        <source> (deleted since)</source>
        <translation> (eliminata in seguito)</translation>
    </message>
    <message>
        <source>merge {organisations} — {part}: “{text}”</source>
        <translation>unione {organisations} — {part}: “{text}”</translation>
    </message>
    <message>
        <source>create</source>
        <translation>creazione</translation>
    </message>
    <message>
        <source>update</source>
        <translation>modifica</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>eliminazione</translation>
    </message>
    <message>
        <source>erase</source>
        <translation>cancellazione dei dati personali</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>unione</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importazione</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Fonte dei dati</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Aggiornato al</translation>
    </message>
    <message>
        <source>Record created</source>
        <translation>Scheda creata il</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Ultima modifica</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>use capital letters, digits, dots, dashes or underscores</source>
        <translation>usa lettere maiuscole, cifre, punti, trattini o trattini bassi</translation>
    </message>
    <message>
        <source>a PIC is exactly 9 digits</source>
        <translation>un PIC è composto da esattamente 9 cifre</translation>
    </message>
    <message>
        <source>letters and digits only, e.g. IT00518460019</source>
        <translation>solo lettere e cifre, ad es. IT00518460019</translation>
    </message>
    <message>
        <source>a two-letter country code, e.g. IT</source>
        <translation>un codice di paese di due lettere, ad es. IT</translation>
    </message>
    <message>
        <source>a language code such as it, en or de</source>
        <translation>un codice di lingua come it, en o de</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}: campo obbligatorio.</translation>
    </message>
    <message>
        <source>{label} is too long: {length} characters where at most {max} fit.</source>
        <translation>{label}: testo troppo lungo ({length} caratteri, al massimo {max}).</translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation>{label}: deve essere un testo.</translation>
    </message>
    <message>
        <source>{label} must be a list or a table of plain values.</source>
        <translation>{label}: deve essere un elenco o una tabella di valori semplici.</translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; remove them.</source>
        <translation>{label}: contiene caratteri di controllo invisibili; eliminali.</translation>
    </message>
    <message>
        <source>{label} is not valid text: it holds broken characters (a wrong encoding?).</source>
        <translation>{label}: non è un testo valido, contiene caratteri danneggiati (codifica errata?).</translation>
    </message>
    <message>
        <source>{label} is not valid: {hint}.</source>
        <translation>{label}: valore non valido ({hint}).</translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation>{label}: scegli tra {choices}.</translation>
    </message>
    <message>
        <source>{label} is not a real date: “{value}” (write it as 31/12/2025 or 2025-12-31).</source>
        <translation>{label}: “{value}” non è una data valida (scrivila come 31/12/2025 o 2025-12-31).</translation>
    </message>
    <message>
        <source>{label} must be between 1900 and 2100.</source>
        <translation>{label}: l&apos;anno deve essere tra il 1900 e il 2100.</translation>
    </message>
    <message>
        <source>{label} is not a number: “{value}”.</source>
        <translation>{label}: “{value}” non è un numero.</translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation>{label}: non può essere negativo.</translation>
    </message>
    <message>
        <source>{label} has more than two decimals: “{value}” (an amount is in euro and cents).</source>
        <translation>{label} ha più di due decimali: “{value}” (un importo è in euro e centesimi).</translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation>{label}: valore troppo grande.</translation>
    </message>
    <message>
        <source>{label} is not an e-mail address (it should look like name@example.org).</source>
        <translation>{label}: non è un indirizzo e-mail (dovrebbe avere la forma nome@esempio.it).</translation>
    </message>
    <message>
        <source>{label} must be a web address starting with http:// or https://.</source>
        <translation>{label}: deve essere un indirizzo web che inizia con http:// o https://.</translation>
    </message>
    <message>
        <source>{label} may hold only digits, spaces and + - ( ) / .</source>
        <translation>{label}: può contenere solo cifre, spazi e + - ( ) / .</translation>
    </message>
    <message>
        <source>{label}: the record chosen does not exist (it may have been deleted).</source>
        <translation>{label}: l&apos;elemento scelto non esiste (potrebbe essere stato eliminato).</translation>
    </message>
    <message>
        <source>{label} must be yes or no.</source>
        <translation>{label}: deve essere sì o no.</translation>
    </message>
    <message>
        <source>{label} is not a field of this record.</source>
        <translation>{label}: non è un campo di questo elemento.</translation>
    </message>
    <message>
        <source>End must not be before start.</source>
        <translation>La fine non può precedere l&apos;inizio.</translation>
    </message>
    <message>
        <source>EU contribution cannot exceed the total budget.</source>
        <translation>Il contributo UE non può superare il budget totale.</translation>
    </message>
    <message>
        <source>{label} {value} is already used by “{other}”.</source>
        <translation>{label} {value}: già usato da “{other}”.</translation>
    </message>
    <message>
        <source>“{name}” is already listed here; it cannot be added twice.</source>
        <translation>“{name}” è già presente qui: non si può aggiungere due volte.</translation>
    </message>
    <message>
        <source>A sector cannot be its own parent.</source>
        <translation>Un settore non può essere il settore superiore di sé stesso.</translation>
    </message>
    <message>
        <source>The parent chosen is one of this sector&apos;s own sub-sectors: a sector cannot come under itself.</source>
        <translation>Il settore superiore scelto è uno dei sottosettori di questo settore: un settore non può stare sotto sé stesso.</translation>
    </message>
    <message>
        <source>A region cannot be its own parent region.</source>
        <translation>Una regione non può essere la regione superiore di sé stessa.</translation>
    </message>
    <message>
        <source>The parent region chosen lies within this region: a region cannot lie within itself.</source>
        <translation>La regione superiore scelta si trova dentro questa regione: una regione non può trovarsi dentro sé stessa.</translation>
    </message>
</context>
</TS>
