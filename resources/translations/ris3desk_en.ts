<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Details were written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS3 Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a team register on a database server: it is backed up on the server by its administrators. “Back up now” saves a copy of its data (a JSON export) on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS3 Desk keeps a backup of each of the last 7 days you worked, one a week for 4 weeks, and one before every upgrade, import and restore. Every backup is checked after it is written. They are kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n backup.</numerusform>
            <numerusform>%n backups.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and checked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the register back as it was on %1 (%2)?

Everything entered since then is replaced. The register as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored. The register as it was before is kept as a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rebuild the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every record again into the search index; nothing else is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is healthy: the database&apos;s own checks and the application&apos;s checks found nothing wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check found %n problem(s):</source>
        <translation>
            <numerusform>The check found %n problem:</numerusform>
            <numerusform>The check found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. The search index can be rebuilt here; any other problem needs a person: correct the records named, or put back a backup (Tools ▸ Backups…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you set it last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field each column fills; “Not imported” skips a column. The mapping shown is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember this mapping for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1250 (Central Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1257 (Baltic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* needed for every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one column is set to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is set to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were editing “{0}”, someone else saved a change to this {1}. For each field, choose the value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version (saved now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: keep your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: keep their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save my choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <source>The register is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1 did not pass its check when it was opened&lt;/b&gt;, so RIS3 Desk did not open it: nothing more has been written to it.&lt;/p&gt;&lt;p&gt;SQLite reported: %2&lt;/p&gt;&lt;p&gt;This usually comes from the computer switching off while the file was being written, a full or failing disk, or a sync program (OneDrive, Dropbox, …) copying the file while it was in use.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The newest good backup is from &lt;b&gt;%1&lt;/b&gt; (%2). Restoring it puts that backup in place of the register; the damaged file is kept beside it, renamed, in case someone can recover more from it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No good backup of this register was found in its backup folder. You can choose a backup file yourself, for example one you saved elsewhere.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS3 Desk backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is in place and the register will open now. The damaged file was kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this {0} (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works with whom, around this {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sectors and technologies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailTabs</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to this record: when, by whom, before and after (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Details of the selected record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Tab to move between links, Enter to follow one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a record to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Details</name>
    <message>
        <source>Demo record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last changed {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sector linked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors and technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact person yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to a partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in any partnership yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an interaction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No interaction recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No start and end dates recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key enabling technologies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}% of the time has passed; it ends on {1}, in {2} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add partner region…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner region yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key enabling technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show them all in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation in this sector yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership in this sector yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS level {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership involves this region yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation located here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicate organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every organisation with the others in its city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop looking; nothing is added to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the pair off the list; it will not be offered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairs to review, closest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each field that differs, choose the value to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges done (newest first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar names (%1%) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different PICs %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No possible duplicates on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” merged into “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves to the kept record: %1. The other record is then deleted; Undo merge brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation in “%1”: the kept record is already in it; one participation stays, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other record&apos;s contribution, %1, is not added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector “%1”: both are linked to it; the kept record&apos;s link stays and becomes primary, as the other&apos;s was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector “%1”: both are linked to it; the kept record&apos;s link stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KET “%1”: both are linked to it; the kept record&apos;s link stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction “%1”: both took part; the kept record&apos;s link stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already linked to the kept record, so not moved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong, and nothing was changed. The details were written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into “%1”. Undo merge brings the other record back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is no longer in the register (it was deleted or merged meanwhile), so the pair was taken off the list. Nothing was merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new possible duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge undone: both records are back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no pairs were added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>Edit {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {0} was deleted by someone else while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save what you typed as a new {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This organisation was merged into “{0}” while you were editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply what you changed to “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing changes “{0}”, whose form has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redoing changes “{0}”, whose form has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the form&apos;s changes and go on, or go back to the form (save it or cancel it, then try again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard and redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many to delete at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} are selected; select at most {1} to delete them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {0} “{1}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This also deletes: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is deleted with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors and technologies of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the sectors of “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: add the name of the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another one (Browse…), or create it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder. Choose another place for the file (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to. Choose another one (Browse…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;list to a spreadsheet (CSV or Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;register to one JSON file (to move or keep it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about one &amp;contact person (access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the %1 selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For outside readers: leave out personal data and internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record, link and history entry, exactly: importing the file into a new, empty register (Import ▸ JSON, or &apos;ris3desk import json&apos;) gives the same register back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a name or an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matching the list&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the whole list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filters and the selection of the list shown apply to %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list is written as a .csv or .xlsx file: end the file&apos;s name with one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register (%1 rows) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything held about %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter this list by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole list again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep these filters in the navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Show all matching {0} in their list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results, grouped by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type in the search field to find organisations, partnerships, sectors, regions, contact persons and interactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one more letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many records match: type more letters to narrow the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the highlighted record; Down moves through the results.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFrame</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put back the earlier value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this field back to its value before the selected change. The change back is recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists; its history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back {0} of “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record while you were looking at its history, so nothing was put back. The history now shows their change; choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier value cannot be put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>The register at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by S3 area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations by type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships ending within six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest due first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organisation is linked to an S3 area yet: open one and choose Sectors… to link it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in the next six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {0} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open follow-up action.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>CORDIS table (participants or projects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet of organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet of contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet of partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet of participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables (*.csv *.csv.gz *.gz *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .csv, .csv.gz or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORDIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the CORDIS project table, for titles, dates and budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a NUTS code, e.g. ITC1 for Piemonte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects with a participant in this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only projects in region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite values edited by hand (normally kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;rejected rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the register back as it was just before this import (from the backup taken then)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It &amp;holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CORDIS project table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from the headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered from last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as you set them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 columns imported, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is what the import would do. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 rows imported, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the register back as it was just before this import?

Everything written since — by this import, and by anyone else since — is replaced. The register as it is now is backed up first, so this too can be undone from Tools ▸ Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import undone: the register is as it was before it. (As it was with the import, it is kept as a backup.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected rows saved, with the reason in the first column: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see its columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview first, to see what will change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key enabling technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pack preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sector link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KET link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link to a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 participation in a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} participations in partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partner region link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} partner region links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 follow-up action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} follow-up actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between an organisation and a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between organisations and sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between a partnership and a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between partnerships and sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between an organisation and a KET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between organisations and KETs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between a sector and a KET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between sectors and KETs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between an interaction and an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between interactions and organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 link between an interaction and a partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} links between interactions and partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkSetDialog</name>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key enabling technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what applies. Changes are saved together and can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary sector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>+ New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+C copies the selected rows; right-click the header to choose columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} match the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History of the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network around this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sectors and technologies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this &amp;search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RIS3 Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record of the list shown (Ctrl+N for an organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anything… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results appear as you type; Enter opens the first, Down moves into the results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the register is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved search in {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this saved search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this search (shown in the navigation):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save search “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” cannot be undone or redone: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of changes to undo was cleared; the register is as shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} selected of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup written and checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}. It is tried again in an hour; Tools ▸ Backups… takes one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back / forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, Sectors, Organisations, Partnerships, Regions, Interactions, Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the record shown, and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Briefing pack of what is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import / export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected rows (in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network around the record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors and technologies of the record shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the register again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between fields, lists and links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RIS3 Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of S3 sectors, stakeholders and partnerships, with briefing packs.
Register: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this warning until the register is opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changes to “{0}” that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them, discard them, or go back to the form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations in this network, most connected first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list beside it names the same organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ filled square: in the scope · ○ circle: partner outside it; partners go round the ring by country, the most connected first · thicker line: more partnerships shared. Click an organisation to open it; scroll to zoom, drag to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an organisation, a sector, a region or a partnership and choose Network to see who works with whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network around the {0} “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership links yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} organisations, {1} links, through {2} partnerships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the most connected organisations are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 shared partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} shared partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packs issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gather the data and lay the pack out (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: from the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Visit of the Baden-Württemberg delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (public)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaves out contact people&apos;s personal data and internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope (empty: an overview of the whole register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a sector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a region or NUTS code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a partnership…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary or talking points. Start a line with &apos;- &apos; for a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the directory of every organisation in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same scope and options, with today&apos;s data and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options changed after this preview, so it is not the pack they describe. Generate the preview again (Ctrl+Return) to save or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is out of date: generate it again (Ctrl+Return) to save or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages, ready to save or print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefing-pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the preview first (Ctrl+Return).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the briefing pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {pages} pages to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the preset “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Encrypted register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check it (capitals count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the register, in a folder of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for briefing packs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named as the author of briefing packs and of your changes in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your region (a NUTS code, e.g. ITC1 for Piemonte).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pack language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language briefing packs are written in unless you choose otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for p&amp;acks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where briefing packs are saved unless you choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups of the register are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian or English; applied at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not a NUTS region code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaching them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to find a {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit column widths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate organisation(s) to review (Tools ▸ Duplicates).</source>
        <translation>
            <numerusform>%n possible duplicate organisation to review (Tools ▸ Duplicates).</numerusform>
            <numerusform>%n possible duplicate organisations to review (Tools ▸ Duplicates).</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup taken just before the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the person among their organisation&apos;s contacts (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verified today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were checked with the person today (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase personal data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the contact people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Contact people whose details were not verified in the last %n month(s), those never verified first. Check their details with them, then mark them verified — or erase what the register holds about them.</source>
        <translation>
            <numerusform>Contact people whose details were not verified in the last month, those never verified first. Check their details with them, then mark them verified — or erase what the register holds about them.</numerusform>
            <numerusform>Contact people whose details were not verified in the last %n months, those never verified first. Check their details with them, then mark them verified — or erase what the register holds about them.</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contact person(s) to review.</source>
        <translation>
            <numerusform>%n contact person to review.</numerusform>
            <numerusform>%n contact people to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every contact person was verified recently: nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopePicker</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowTools</name>
    <message>
        <source>&amp;Briefing pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A briefing pack of what is selected, or of the whole register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts to &amp;review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope holds the first {0} records selected; {1} more were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register was put back as the backup holds it; everything shown was read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “{0}” as verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase everything the register holds about “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact person, the history of their record and their traces in the search index are removed for good, and their e-mail address and phone number are taken out of other records&apos; history and of merges. Notes of other records that name them are listed afterwards, not changed. This cannot be undone, not even with Undo: the list of changes to undo is emptied too, since it may hold their data. Backups taken before today keep them until they are rotated out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name still appears in these records, which the erasure does not change; edit them if it should go too:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also appears in earlier values kept in the history of other records or in merges kept to undo them ({0}); these cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their e-mail address or phone number was taken out of history entries and merges ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data of “{0}” were erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>taken by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 organisations, %2 contacts, %3 partnerships</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>University</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Innovation cluster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Science and technology park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incubator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro (under 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small (10–49)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (50–249)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large (250 and over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S3 area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-cutting driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology trajectory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vanguard Initiative pilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ERA-NET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interreg programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon Europe project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilateral agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator / lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observer region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>duplicates</name>
    <message>
        <source>An organisation cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back yet: the organisation it was merged into, “{survivor}”, was merged into “{newer}” afterwards. Undo that merge first, then this one. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: the organisation it was merged into has been deleted since, and the contacts and links it took over went with it. Undo that deletion first, if you still can. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: its PIC {pic} now belongs to “{holder}” (an import may have added it again). Merge “{holder}” into another organisation or delete it first, then undo again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This merge cannot be undone: the PIC {pic} that “{survivor}” had before it now belongs to “{holder}”. Merge “{holder}” into another organisation or delete it first, then undo again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{merged}” cannot be brought back: its PIC {pic} is now the PIC of “{holder}”, the organisation kept, set after the merge. Clear or change that PIC first, then undo again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The register refused this change (it would contradict records it holds); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed by someone else meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record you asked for no longer exists (it may have been deleted elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a changed field can be put back; this history entry records a {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field {field} can no longer be edited, so its earlier value cannot be put back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql+psycopg://USER@HOST[:PORT]/DATABASE for a team register on PostgreSQL, or sqlite:///PATH/TO/register.db (the same as --db PATH) for a register file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a database file or a database URL, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL given is not a URL RIS3 Desk understands. Use {urls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS3 Desk cannot use a {driver} database. Use {urls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIS3 Desk cannot use this database URL ({driver}://…); use {urls}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register cannot be created at {path}: {reason}. Nothing was written; choose a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not encrypted: open it without a passphrase, or encrypt it with &apos;ris3desk encrypt&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a RIS3 Desk database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {reason}. It was not changed. Move or copy it to a folder of your own, or ask whoever manages that location for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable database ({why}); it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds other data, not a RIS3 Desk register; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is being created or used by another program (another &apos;ris3desk&apos; or window) that did not let go within {seconds} seconds; nothing was changed. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was made by a newer version of RIS3 Desk (schema {revision}); install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is empty; run &apos;ris3desk init&apos; to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} needs an upgrade; run &apos;ris3desk init&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be used: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be opened: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at {server} answers, but user {user} may not read the register {database}: ask its administrator to grant access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at {server} refused the user name or password given ({user}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at {server} answers, but has no database called {database}: ask its administrator to create it (createdb), then run this again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at {server} answers, but knows no user called {user}: ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server at {server} does not answer or refused the connection ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user ({user}) may read this register but not change it; ask its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your database user ({user}) may not read all of this register; ask its administrator to grant access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for {name} is not right; the register was not opened. Check the passphrase (capitals count) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is encrypted, or is not a database at all. Give its passphrase with --passphrase-file FILE or the RIS3DESK_PASSPHRASE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is cut short: only {size} bytes of a database header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a damaged header (page size {page_size}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk or folder it is on ({folder}) is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not permitted to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only, or you are not permitted to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder {folder} is read-only, or you are not permitted to write there (SQLite keeps its log files beside the register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team register on a database server is backed up on the server (see the documentation); &apos;ris3desk backup&apos; writes its JSON export instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a SQLite database but not a RIS3 Desk register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds {count} broken links between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} exists already, and a backup is never written over another file. Choose another name (or a folder), or remove that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{log}, a log file SQLite left for another database of that name, lies beside {target}; a backup there would be mixed with it. Choose another name, or remove {log} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{target} was changed by another program while the backup was written; it is not the checked copy. Take the backup again under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no register at {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the register itself; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be made ({why}); nothing was written. Give a folder of your own with --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be read where it is: {reason} (SQLite writes its lock files beside a register even to read it). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be read ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup of {name} failed its check: {why}. Nothing was changed; the register may be damaged: run &apos;ris3desk check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give the backup file itself (&apos;ris3desk backup --list&apos; shows the backups in the register&apos;s backup folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a RIS3 Desk register (or it is encrypted and no passphrase was given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a RIS3 Desk register, or it is encrypted with another passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer version of RIS3 Desk (schema {schema}); install that version to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot be restored into this register: their pages differ in size and the register is encrypted. Decrypt the register (&apos;ris3desk decrypt&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is too small to be a register; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is the register itself; choose a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} cannot be restored: {why}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version cannot export a team register yet; back it up on the server with pg_dump (see the documentation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}). It was not opened, so nothing more was written to it. Restore the newest good backup (&apos;ris3desk restore&apos;), or run &apos;ris3desk check&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>No contact person matches “{who}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact person matches “{who}”. Did you mean {names}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the contact person&apos;s name, e-mail address or id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} contact people match “{who}”; give the e-mail address or the id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Italian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (Italian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total budget (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU contribution (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUTS region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation (PIC, VAT number or name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership (reference, acronym or title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key enabling technology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation merged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone (record kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields edited by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner regions added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a deleted record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>imports</name>
    <message>
        <source>no project: projectID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project number “{value}” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no project: id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PIC: organisationID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIC “{value}” is malformed: a PIC is exactly 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role “{value}” is not a CORDIS role (coordinator, participant, associatedPartner, thirdParty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity type “{value}” is not a CORDIS one (HES, REC, PRC, PUB or OTH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SME flag “{value}” is neither true nor false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{region} is not a NUTS 2021 region code (e.g. ITC1 for Piemonte, ITC11 for Torino).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CORDIS project table (it has no title column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region {region}: {kept} projects with a participant there kept, {left_out} others left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows named an organisation already listed in the same project; each pair became one participation (the stronger role, the contributions added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row named an organisation already listed in the same project; the pair became one participation (the stronger role, the contributions added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects give a total cost of 0 (lump-sum grants): their budget was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} project gives a total cost of 0 (a lump-sum grant): its budget was left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} projects of the project table have no participant in this import; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} project of the project table has no participant in this import; left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused rows belong to projects outside {region}, which are left out anyway; they are not listed among the rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused row belongs to a project outside {region}, which is left out anyway; it is not listed among the rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a CORDIS participant or project table: the columns {missing} are missing (it has: {found})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has {got} fields where the header has {want} (a broken line, or a delimiter inside an unquoted value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header line appears again here (two files joined into one?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column {column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation “{value}” is not in the register (import organisations first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” names {count} organisations; give the PIC or VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partnership “{value}” is not in the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” names {count} partnerships; give the reference or the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this row is the same {what} as line {line} ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} “{value}” is not one of: {choices} (column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a NUTS region code (column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a country (write a two-letter code such as IT) (column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping names “{field}”, which is not a field of a {kind} (fields: {fields})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column for {label}: new records get “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping names the column “{header}”, which the file does not have (it has: {headers}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same PIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same VAT number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same reference, acronym or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same organisation in the same partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column is mapped to {label}: map one (e.g. with --mapping &quot;Header=field&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} in {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} set to “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} “{old}” → “{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} stays “{old}” (file: “{new}”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating {records}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: only .xlsx workbooks can be read; save it as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is an old Excel (.xls) file; save it as .xlsx or CSV and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{encoding}” is not a character encoding this program knows (try utf-8, cp1252, cp1250 or latin-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not text (no character encoding fits it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a damaged compressed file ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a text table (it holds binary data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: line {line} is not valid {encoding} text ({why}); save the file as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: line {line}: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: line {line}: a value runs on for more than {limit} characters — most likely a quotation mark that is never closed. Check that line in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: line {line}: a quoted value runs on over {lines} lines, taking in the rows after it — most likely a quotation mark that is never closed. Check that line in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or cut short ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable Excel workbook ({why}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} looks like an Excel workbook but is not named .xlsx; rename it to .xlsx and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named “{sheet}” (it has: {sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet with a table in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed one of the {records} this import was updating; nothing was imported. Run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed {count} of the {records} this import was updating; nothing was imported. Run the import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>integrity</name>
    <message>
        <source>SQLite&apos;s own check found the file damaged: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s structure is from an older version (schema {found}, this version uses {head}); run &apos;ris3desk init&apos; to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} row of the table {table} points to a row of {parent} that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of the table {table} point to rows of {parent} that do not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {child} record whose {parent} no longer exists ({column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {child} records whose {parent} no longer exists ({column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {child} record linking to a {parent} that no longer exists ({column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {child} records linking to a {parent} that no longer exists ({column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {kind} record cannot be found by search (it is missing from the search index). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {kind} records cannot be found by search (they are missing from the search index). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index lists {count} {kind} record that no longer exists, so searches may show a ghost. &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index lists {count} {kind} records that no longer exist, so searches may show ghosts. &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds {count} entry of an unknown kind ({kind}). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index holds {count} entries of an unknown kind ({kind}). &apos;ris3desk check --repair&apos; rebuilds the index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index is damaged inside ({detail}). &apos;ris3desk check --repair&apos; rebuilds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partnership ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partnerships end before they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partnership has an EU contribution larger than its total budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} partnerships have an EU contribution larger than their total budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sector is its own parent, or comes under itself further up ({codes}); choose another parent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} sectors are their own parent, or come under themselves further up ({codes}); choose another parent for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} region is its own parent region, or lies within itself further up ({codes}); choose another parent region for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} regions are their own parent region, or lie within themselves further up ({codes}); choose another parent region for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} record of {table} holds a negative amount in {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} records of {table} hold a negative amount in {column}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the records and the search index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>places</name>
    <message>
        <source>The register is in a folder synchronised by {service} ({folder}). Sync clients copy files while they are being written and may bring back an older or half-written copy, which can lose or damage data. Keep the register in a local folder; its backups can go to the cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is on a network drive ({where}, {fstype}). Network file systems do not always honour SQLite&apos;s locks, so two people writing at once can damage it. Keep the register on this computer, or use a team database on a server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>subject_access</name>
    <message>
        <source>Data held about one person (data-subject access request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register: {register}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated: {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({count} entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in ({count} record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in ({count} records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in the history of other records ({count} entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in the history of other records ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in merges of duplicate organisations, kept to undo them ({count} entry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentioned in merges of duplicate organisations, kept to undo them ({count} entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} of {kind}{title}{field}, before the change: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} of {kind}{title}{field}, after the change: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (deleted since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge {organisations} — {part}: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>use capital letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PIC is exactly 9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters and digits only, e.g. IT00518460019</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a two-letter country code, e.g. IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a language code such as it, en or de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too long: {length} characters where at most {max} fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a list or a table of plain values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not valid text: it holds broken characters (a wrong encoding?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not valid: {hint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a real date: “{value}” (write it as 31/12/2025 or 2025-12-31).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be between 1900 and 2100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a number: “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has more than two decimals: “{value}” (an amount is in euro and cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not an e-mail address (it should look like name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a web address starting with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} may hold only digits, spaces and + - ( ) / .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the record chosen does not exist (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not a field of this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End must not be before start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU contribution cannot exceed the total budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} {value} is already used by “{other}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is already listed here; it cannot be added twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sector cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent chosen is one of this sector&apos;s own sub-sectors: a sector cannot come under itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region cannot be its own parent region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent region chosen lies within this region: a region cannot lie within itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
