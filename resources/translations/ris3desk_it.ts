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
        <translation>Registra un contatto…</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>No interaction recorded yet.</source>
        <translation>Nessun contatto registrato.</translation>
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
        <translation>Cronologia</translation>
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
    <name>Fields</name>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
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
        <translation>Contatto</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Settore</translation>
    </message>
    <message>
        <source>Key enabling technology</source>
        <translation>Tecnologia abilitante fondamentale</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principale</translation>
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
        <translation>Scrivi nel campo di ricerca per trovare organizzazioni, partenariati, settori, regioni, referenti e contatti.</translation>
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
        <translation>contatto</translation>
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
        <translation>Contatti</translation>
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
        <translation>1 contatto</translation>
    </message>
    <message>
        <source>{0} interactions</source>
        <translation>{0} contatti</translation>
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
        <source>1 sector link</source>
        <translation>1 collegamento a un settore</translation>
    </message>
    <message>
        <source>{0} sector links</source>
        <translation>{0} collegamenti a settori</translation>
    </message>
    <message>
        <source>1 KET link</source>
        <translation>1 collegamento a una KET</translation>
    </message>
    <message>
        <source>{0} KET links</source>
        <translation>{0} collegamenti a KET</translation>
    </message>
    <message>
        <source>1 link to an interaction</source>
        <translation>1 collegamento a un contatto</translation>
    </message>
    <message>
        <source>{0} links to interactions</source>
        <translation>{0} collegamenti a contatti</translation>
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
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
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
        <translation>Home, Settori, Organizzazioni, Partenariati, Regioni, Contatti, Rete</translation>
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
        <source>■ filled square: in the scope · ○ circle: partner outside it · thicker line: more partnerships shared. Click an organisation to open it; scroll to zoom, drag to move.</source>
        <translation>■ quadrato pieno: nell&apos;ambito scelto · ○ cerchio: partner esterno · linea più spessa: più partenariati in comune. Fai clic su un&apos;organizzazione per aprirla; usa la rotella per ingrandire, trascina per spostare.</translation>
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
        <source>{label} is already linked to this record.</source>
        <translation>{label}: già collegato a questo elemento.</translation>
    </message>
</context>
</TS>
