<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessGuard</name>
    <message>
        <source>There is no account &quot;%1&quot; in this case database, so it may not %2. Nothing was changed; the attempt was recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountAdministration</name>
    <message>
        <source>Give the reference of the written request (R-27: accounts are issued, locked, unlocked or revoked only on written request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This administrator account holds no station key; accounts can only be changed by an administrator of this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators do not change their own account; another administrator must do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not sealed to this station&apos;s key yet; the analyst must sign in once after the update before it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sealed password of &quot;%1&quot; could not be opened with the station key; reset the password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is already locked or suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be suspended (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be wrapped (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sealed to the station key yet (the analyst has not signed in since the update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key must be an X25519 public key in PEM form (openssl genpkey -algorithm X25519 -out recovery.pem; openssl pkey -in recovery.pem -pubout).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountJob</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRequestForms</name>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the temporary password twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two temporary passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One account per person, with the least role the work needs (R-27). The analyst signs in with the temporary password and must change it at once (R-24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ - (e.g. nguyen.an)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the person&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock or reactivate the account of %1 (%2); its failed sign-ins are forgotten. Only on the owner&apos;s written request (R-25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the account of %1 (%2): nobody can sign in with it until an administrator reactivates it. Its cases stay in its database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) now has the role %3. Give the least role the work needs (R-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New r&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the last valid day the account of %1 (%2) is suspended at its next sign-in (R-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 (%2) a temporary password; it must be changed at the next sign-in (R-24). The account is reactivated; its cases stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountReviewReport</name>
    <message>
        <source>Account review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Prepared by: %1 · %n account(s)</source>
        <translation>
            <numerusform>Prepared by: %1 · %n account</numerusform>
            <numerusform>Prepared by: %1 · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked: one account per person, the least role each needs, accounts no longer needed suspended (R-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: ____/____/________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Agency</name>
    <message>
        <source>Provincial department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune/ward People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertFileReader</name>
    <message>
        <source>%1 is not a Suricata EVE, Wazuh or CEF alert file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is larger than %1 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has no CEF header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEF header is truncated: it has %1 of the 7 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CEF record has no time (rt, end, start or a syslog timestamp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no Suricata event_type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert has no timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert time &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert has no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no Wazuh rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wazuh rule level is missing or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Wazuh rule has neither an id nor a description.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Closing an alert as a false positive needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertSearch</name>
    <message>
        <source>A quotation mark is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use low, medium, high or emergency (thap, tb, cao, khancap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, acknowledged, false_positive or benign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term &quot;%1&quot; has no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, src:10.0.0.5 dst:… sev:high status:new sub:NSM sig:&quot;SSH&quot; host:…  (/ to focus, Esc to clear)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>False positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertTime</name>
    <message>
        <source>UTC: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written by the source: %1 (offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source wrote no time zone offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Asset</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>The CSV file could not be written: %1. The audit log itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Internal error: this connection to the case database has no audit key, so it cannot write or check the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the audit log was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry is missing before entry %1 (entries were deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries are out of order at entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entries are out of order: entry %1 holds the entry written as number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRetention</name>
    <message>
        <source>The audit log must be kept for at least %1 months (R-20); the retention stays at %2 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <source>The file %1 could not be created: %2. Nothing was exported; the audit log is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be saved: %2. Nothing was exported; the audit log is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup file %1 is damaged: %2 Nothing was restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a socstation backup (no SSBACKUP header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has format version %1; this version of socstation reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of the backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the entry &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends %1 (byte %2) without its end marker; it is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry header %1 (byte %2) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the length of the entry &quot;%1&quot; (byte %2) is damaged or the file is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not match its SHA-256 (its bytes were changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end marker is damaged (entry count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are %1 unexpected bytes after the end marker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 in the trailer does not match the file (the trailer or the entry headers were changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the restored entry &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is far too large (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file could not be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 for the backup: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed or could not be read while it was being backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is damaged: the entry &quot;%2&quot; is not a socstation backup manifest. Nothing was restored from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a socstation workspace; a restore never overwrites an existing workspace. Choose a new folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a restore never overwrites it. Choose a new folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a private temporary folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the temporary file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup destination is set: choose one or two folders, on separate devices or sites (R-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most two backup destinations can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup destination %1 does not exist or is not a folder (is the drive connected?). Nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup file %1: %2. Nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is not a socstation backup manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 belongs to &quot;%2&quot;, not to &quot;%3&quot;; it cannot be checked with your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds %1 evidence files, its manifest says %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; does not open with your data key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; fails SQLCipher&apos;s integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; fails SQLite&apos;s integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; holds %2 rows in %3; the case database had %4 when the backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseExport</name>
    <message>
        <source>%1 already exists; evidence files are never overwritten. Nothing was extracted: choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The files extracted before it are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a socstation case export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it has %2 of the %3 bytes its header announces. Copy the file again from the exporting station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is truncated: it ends inside its header. Copy the file again from the exporting station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after it was exported (%2). Do not use it; ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is signed and decrypts, but its content is inconsistent (an evidence file does not match its record); it cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header length is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a case export of version %2; this version of socstation reads version %3 only. Open it with a newer socstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes were added after its signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of %1 does not verify: the file was changed after it was exported. Do not use it; ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase key for %1 could not be derived (not enough memory?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for %1: the file is intact (its signature verifies) but this passphrase does not decrypt it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export passphrase must have at least %1 characters; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 with its evidence is larger than an export can hold (1 GiB); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase key could not be derived; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is not the size its record says; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library failed; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be signed; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export file %1: %2; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseService</name>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 created (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no alert %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts attached: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is an incident: close it from the incident view, where the seven steps are checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 cannot go from &quot;%2&quot; to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1: going from &quot;%2&quot; to &quot;%3&quot; needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 → %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket details edited; severity %1 → %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who the communication was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise the communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no event &quot;%1&quot; on ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the evidence file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added: %1 (%2 bytes, SHA-256 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence item &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the custody record beside %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step %1: the response has steps 1 to 7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not an incident; declare it an incident first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the ten official incident types (1 to 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is already an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared an incident: %1; severity %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification: %1; severity %2; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked beyond the unit&apos;s capability: report with form Mẫu 03 immediately (R-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 started: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 reopened: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete step 3 (Contain): no containment action has been recorded on the timeline. Add the containment action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete step 4 (Collect evidence): no evidence item has been added. Add the collected logs or files as evidence first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot complete step 7 (Post-incident activities): write the lessons learned and the outcome first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 done: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping step %1 needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 skipped: %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 owner: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified %1 of the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the incident: step(s) %1 are neither done nor skipped with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security level of a system is 1 to 5 (0 when it is not classified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident type is 1 to 10; the security level of a system is 1 to 5 (0 when it is not classified).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTime</name>
    <message>
        <source>Occurred: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralIngest</name>
    <message>
        <source>The record is larger than %1 MiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Suricata EVE, Wazuh or CEF alert file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor of %1 in the central store was moved by another ingest process of this sensor; stopping so that no alert is sent twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the central store again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store cannot be reached (%1). Waiting for it and retrying; nothing is lost meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was read up to byte %2 of a file that is no longer there (rotated away or truncated); reading %1 from its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for %1 to appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was truncated; reading it again from its start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralMigrator</name>
    <message>
        <source>The central store has schema version %1, newer than this version of socstation understands (%2). Update socstation; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CentralSettings</name>
    <message>
        <source>The central store URL must look like postgresql://host:5432/socstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store URL must not contain a password: each analyst signs in with their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS mode %1 needs the certificate of the SOC&apos;s certificate authority (CA file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert window must be between 1 and 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never accepted on the command line: use --password-stdin or SOCSTATION_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: use --password-stdin or set SOCSTATION_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user given: use --user or set SOCSTATION_USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a socstation workspace; create one with &quot;socstation init --admin NAME&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many alerts (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the 30-day window, ISO 8601 (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation demo [--alerts N] [--until TIME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, suricata, wazuh or cef.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation import [--format auto|suricata|wazuh|cef] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the first administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation init --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1 created with administrator &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;: use low, medium, high or emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, acknowledged, false_positive or benign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this severity (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text, as in the alert screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N alerts (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the original record (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation alerts count|list [--severity S] [--status S] [--search TEXT] [--limit N] [--original] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo scenario written; alerts imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts imported: %1; duplicates: %2; rejected: %3; other records skipped: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low, medium, high or emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official incident type 1-10 (R-4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level of the system, 1-5 (R-5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned (step 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome (step 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the unit&apos;s capability: Mẫu 03 at once (R-11).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the step is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who owns the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case step ID STEP start|done|skip [--reason R] [--owner U]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case close ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, official_email, document or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case escalate ID direct_superior|provincial_department|police|national_coordinator [--channel C] [--counterpart X] [TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked alert id (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting agency or unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monitoring, phone, official_email, document or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case create --title T [--severity S] [--alert ID ...] [--agency A] [--channel C] [--assignee U] [--description D] --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert ids are numbers (see socstation alerts list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case list [--status S] --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use new, in_progress, waiting_agency, resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case show ID --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (needed to reopen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case status ID new|in_progress|waiting_agency|resolved|closed [--reason R]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case assign ID [USER]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step it belongs to (1-7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case note ID TEXT [--step N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A containment action (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case action ID TEXT [--step N] [--containment]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who it was with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in or out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case comm ID --channel C --counterpart X --direction in|out TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system it was collected from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who collected it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case evidence ID FILE [--description D] [--source S] [--collected-by U]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case verify ID --json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 evidence items match their SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some evidence items do NOT match their recorded SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts only: no demo tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  socstation central migrate --url URL          create or update the central schema, roles and rules
  socstation central add-user NAME --role ROLE --url URL   create an analyst&apos;s PostgreSQL role;
                                                the new password is read from standard input
  socstation central use --url URL [--sslmode MODE] [--ca FILE] [--cert FILE] [--key FILE] [--alert-days N]
                                                point this workspace at a central store
  socstation central status                     show the workspace&apos;s central store settings
ROLE: analyst, shift_lead, manager, auditor, administrator, ingest (a sensor for socstation ingest).
migrate and add-user connect with the URL&apos;s user; its password comes from ~/.pgpass or PGPASSFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store is up to date (schema version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store migrated from schema version %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;. Roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store account &quot;%1&quot; (%2) is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1: run socstation init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace now syncs with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace works on its own (no central store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store: %1 (TLS: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store, as the sensor&apos;s account: postgresql://sensor1@host:5432/db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep reading the files as they grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation ingest --central postgresql://SENSOR@HOST:PORT/DB [--follow] [--format auto|suricata|wazuh|cef] [--password-stdin] [--json] FILE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store URL must name the sensor&apos;s account, e.g. postgresql://sensor1@soc.example:5432/socstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files read: %1; alerts sent to the central store: %2; already there: %3; rejected: %4; other records skipped: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation sync [--once] [--json] | sync --fetch-alerts YYYY-MM-DD [--until YYYY-MM-DD]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no central store; point it at one with &quot;socstation central use --url URL&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older alert(s) fetched from the central store.</source>
        <translation>
            <numerusform>%n older alert fetched from the central store.</numerusform>
            <numerusform>%n older alerts fetched from the central store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent %1, received %2, conflicts %3, refused %4; %5 waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports need the full build of socstation (with the desktop libraries); this build is headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident (ticket code or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 05: in_house, other_organisations or foreign_organisations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 05: an organisation that helped (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 05: support was requested from the national coordinator (yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 05: estimated damage in VND.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation case incident ID --severity S --type N --system NAME --level L [--agency A] [--lessons TEXT] [--outcome TEXT] [--beyond-capability] [--handling H] [--helping-org NAME]... [--support-requested yes|no] [--damage VND]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --from and --to together, or --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period: --from and --to, or --period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar period instead of --from/--to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day inside that calendar period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is broken at entry %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry.</numerusform>
            <numerusform>The audit log is intact: %n entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation audit verify [--json]
       socstation audit list [--from DATE] [--to DATE] [--actor USER] [--action PREFIX] [--outcome ok|refused|failed] [--object-type TYPE] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
       socstation audit export --out FILE.csv [the same filters]
       socstation audit retention [MONTHS]   (at least 6; setting it is for administrators)
DATE is a day (2026-11-20, the whole day in the SOC&apos;s time zone; --to includes that day) or a time with its offset (2026-11-20T08:30:00+07:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option or missing value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a date (2026-11-20) or a time with offset (2026-11-20T08:30:00+07:00), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome is ok, refused or failed, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is not after --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit export needs --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n audit entries to %1.</source>
        <translation>
            <numerusform>Wrote %n audit entry to %1.</numerusform>
            <numerusform>Wrote %n audit entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is kept for %1 months on this station once it is on the central store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit retention takes a number of months, or nothing to show it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown audit subcommand &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation backup [--to DIR [--to DIR2]] [--keep N]   back up now (without --to: to the scheduled folders)
       socstation backup --list [--json]                      show the backup register
       socstation backup --verify FILE                        check a backup file with your key
       socstation backup --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]   set the daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily at %1 to %2; keeping the last %3 verified backups per folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily backup is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup register is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination folder (at most two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified backups to keep per folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a backup file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the daily schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day (SOC time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is intact: every entry matches its SHA-256 and the case database opens with your key and passes its integrity checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2, sha256 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation>
            <numerusform>%n older backup removed.</numerusform>
            <numerusform>%n older backups removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation restore FILE --workspace NEWDIR   (the password from --password-stdin or SOCSTATION_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup belongs to &quot;%1&quot;, not to &quot;%2&quot;. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored &quot;%1&quot; (backup of %2) into %3 and signed in: it opens with the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new password given: put it on the line after the password on standard input (--password-stdin) or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; must be changed first (a first sign-in, or it is older than the policy allows): run &quot;socstation account passwd&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the export passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export passphrase on standard input (it is read after the sign-in password line when --password-stdin is also given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export passphrase given: use --passphrase-stdin or set SOCSTATION_EXPORT_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket id or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the export passphrase from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation export --case ID --out FILE [--passphrase-stdin] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 to %2 (%3 bytes, %n evidence file(s)).</source>
        <translation>
            <numerusform>Exported %1 to %2 (%3 bytes, %n evidence file).</numerusform>
            <numerusform>Exported %1 to %2 (%3 bytes, %n evidence files).</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256 of the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the passphrase and the fingerprint to the reviewer by another channel than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case export %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by %1 on station %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature verified; signer fingerprint: %1 (compare it with the one the exporting station printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: type %1, %2, %3; system: %4 (level %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the evidence files into this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation account passwd                       change your password (new one on the next stdin line or SOCSTATION_NEW_PASSWORD)
       socstation account review [--json]              accounts, roles, last sign-in, status (administrators)
       socstation account create USER --role ROLE [--name NAME] [--expires DATE] --request REF
       socstation account unlock USER --request REF
       socstation account suspend USER --request REF
       socstation account role USER ROLE --request REF
       socstation account expires USER DATE|never --request REF
       socstation account reset-password USER --request REF
       socstation account policy [--json] [KEY=VALUE ...]  show or set the account policy
       socstation account recovery-key FILE.pem        seal every account to the SOC&apos;s recovery key
       socstation account recover USER --recovery-key FILE.pem   new password with the recovery private key
ROLE: analyst, shift_lead, manager, auditor, administrator. A temporary or new password is read from the line after the sign-in password on standard input (--password-stdin), or from SOCSTATION_NEW_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SIGN-IN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSWORD EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown policy setting &quot;%1&quot;; the settings are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recovery key %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted X25519 private key in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has a new password; it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of &quot;%1&quot; was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key %1 set; every account is sealed to it (accounts that could not be sealed now are sealed at their next sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the written request with --request (R-27).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; (%2) created on request %3; the temporary password must be changed at the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; unlocked (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; suspended (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; now has the role %2 (request %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity of &quot;%1&quot; was set (request %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; has a temporary password (request %2); it must be changed at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation rekey   (replaces your data key; close the application first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key of &quot;%1&quot; was replaced; the case database is re-encrypted and the key file re-wrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation assets import FILE.csv [--json]   import the asset register (R-31)
       socstation assets export FILE.csv            write the register as CSV (UTF-8 with BOM)
       socstation assets list [--json]              list the register
CSV columns: id,name,type,ip,mac,agency,security_level,criticality,notes (id, criticality and notes optional).
Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was
refused or every row was bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n asset(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n asset to %1.</numerusform>
            <numerusform>Wrote %n assets to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The asset register is empty (socstation assets import FILE.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency directory is empty (socstation directory import FILE.csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to %2 (%3) through %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset: %1 (%2), security level %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agency of the directory has a network that contains %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 of %3 rows (%4 added, %5 updated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks registered: %1; focal points added or updated: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped, nothing of them was imported:</source>
        <translation>
            <numerusform>%n row skipped, nothing of it was imported:</numerusform>
            <numerusform>%n rows skipped, nothing of them was imported:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: socstation request add --agency A --text T --due DATE [--ticket ID] [--channel C]   record a request to an agency (R-16)
       socstation request answer NUMBER --text T [--at DATE]                          record the agency&apos;s answer
       socstation request list [--overdue] [--json]                                     requests, newest first
DATE is a day (2026-11-20: due by the end of that day, SOC time) or a time (2026-11-20T17:00, SOC time unless an offset is given). C is official_email (default), document, phone or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency code or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is asked, or the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only open requests past their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 recorded, due %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to request %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the duty log of the shift %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover of the shift %1 prepared; the incoming lead accepts it with `socstation shift accept`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts not triaged: %1; open tickets: %2, overdue: %3; open incidents: %4; due in the next shift: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover is waiting for you to accept; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You accepted the handover of the shift %1 from %2; tickets reassigned: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 – %3  not handed over%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (prepared, not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every past shift on the roster was handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift of the pattern (YYYY-MM-DD/N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Without a subcommand the desktop application starts.
Subcommands:
  init --admin NAME                 create the workspace and its first administrator
  import [--format auto|suricata|wazuh|cef] FILE...   import alert files
  alerts count [--severity S] [--status S]           count alerts
  alerts list [--limit N] [--severity S] [--search TEXT]  list alerts
  demo [--alerts N]                 write the demo scenario into the workspace
  case create|list|show|status|assign|incident|step|close|escalate|note|comm|action|evidence|verify ...
                                    tickets, incidents, the seven steps, timeline and evidence
  central migrate|add-user|use|status ...             set up the SOC&apos;s central PostgreSQL store
  sync [--once] [--json]            sync this workspace with the central store
  ingest --central URL [--follow] FILE...            send sensor alert files to the central store
  account passwd                    change your password (R-23, R-24)
  account review|create|unlock|suspend|role|expires|reset-password|policy|recovery-key|recover ...
                                    accounts, lockout, policy and recovery (administrators; see account help)
  rekey                             replace your data key (close the application first)
  audit verify [--json]             check the hash chain of the audit log (exit 1 when broken)
  audit list [--from DATE] [--to DATE] [--actor U] [--action PREFIX] [--outcome ok|refused|failed]
             [--object-type T] [--object-id ID] [--text TEXT] [--json|--csv] [--limit N]
                                    read the audit log, newest first (auditors, administrators)
  audit export --out FILE.csv [the same filters]      export the audit log as CSV
  audit retention [MONTHS]          show or set how long the audit log stays here (at least 6)
  backup [--to DIR [--to DIR2]] [--keep N]           encrypted backup, verified and registered (R-30)
  backup --list [--json] | --verify FILE | --schedule --to DIR [--to DIR2] [--at HH:MM] [--keep N]
                                    the backup register, check a backup file, the daily schedule
  restore FILE --workspace NEWDIR   restore a backup into a new workspace and sign in there
  export --case ID --out FILE [--passphrase-stdin]    encrypted, signed case export for review elsewhere
  open-export FILE [--json] [--extract-evidence DIR] [--passphrase-stdin]  open a case export read-only
  shift start|roster|assign|remove|pattern|log|handover|accept|unhanded ...  duty shifts: roster, duty log, handover
  directory import FILE.csv | list | match IP|HOST | escalation [SEVERITY TARGET...] [--json]
                                    the agency directory and the escalation matrix (R-13)
  assets import FILE.csv | export FILE.csv | list [--json]    the asset register (R-31)
  request add --agency A --text T --due DATE [--ticket ID] | answer N --text T | list [--overdue] [--json]
                                    requests to agencies and their answers (R-16)
  report mau03|mau04|record|incident --incident ID --out FILE.pdf  issue an official document
  report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
                                    issue a periodic report or the Mẫu 05 summary
  report handover --shift KEY --out FILE.pdf  issue the shift handover record (KEY: 2026-11-21/1)
The password comes from --password-stdin or SOCSTATION_PASSWORD, never from the command line.
Environment: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG, SOCSTATION_EXPORT_PASSPHRASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation directory import FILE.csv [--json]   import agencies, focal points and networks
       socstation directory list [--json]              list the agency directory
       socstation directory match IP|HOST [--json]     which agency (and asset) an address or host belongs to
       socstation directory escalation [SEVERITY [AGENCY[/CHANNEL[/CONTACT]] ...]] [--json]
                                  show the escalation matrix, or set whom to notify for SEVERITY, in order
CSV columns: code,name,kind,parent,networks,contact_name,position,phone,email,notes (code, name and kind required).
Import exit code: 0 when rows were imported (skipped rows are listed with their line), 1 when the file was
refused or every row was bad; nothing of a refused file or a bad row is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;%1&quot;: use phone, official_email, document or fax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no focal point named &quot;%2&quot;; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation matrix is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation shift start [--json]                      put yourself on the current shift
       socstation shift roster [--date YYYY-MM-DD] [--json]  who is on each shift of a day
       socstation shift assign SLOT USER [--lead]            put USER on SLOT (e.g. 2026-11-30/3)
       socstation shift remove SLOT USER                     take USER off SLOT
       socstation shift pattern [--set &quot;06:00-14:00=NAME,14:00-22:00=NAME,22:00-06:00=NAME&quot;] [--json]
                                                             show or change the hours of the shifts
       socstation shift log TEXT [--kind event|check|maintenance_before|maintenance_after|call] [--at TIME]
       socstation shift log --list [--slot SLOT] [--json]    the duty log of a shift
       socstation shift handover [--notes TEXT] [--json]     prepare the handover of the current shift
       socstation shift accept [--slot SLOT] [--reassign-to USER | --no-reassign] [--json]
       socstation shift unhanded [--days N] [--json]         past shifts that were not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift (HH:MM-HH:MM=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift pattern was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: socstation report mau03|mau04|record|incident --incident ID --out FILE.pdf
       socstation report periodic|mau05 (--from DATE --to DATE | --period monthly|quarterly|half-year|yearly [--date DATE]) --out FILE.pdf
       socstation report handover --shift KEY --out FILE.pdf   (KEY as `shift unhanded` prints it, e.g. 2026-11-21/1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outgoing shift of the handover (DATE/NUMBER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift key (DATE/NUMBER, e.g. 2026-11-21/1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommChannel</name>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>Its first line must name the columns %1; %2 missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: it is not a CSV file this import understands. %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: hash matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database cannot be decrypted: it is damaged, or it is not the database that belongs to this key file. %1 Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database is damaged (a page failed its integrity check). %1 Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database is in use by another socstation process. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database could not be read or written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite database, not a socstation case database. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database %1 is truncated or empty. %2 Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the data key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite library in use has no encryption (PRAGMA cipher_version is empty). socstation refuses to run without SQLCipher 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an encrypted database of another application, not a socstation case database. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCases</name>
    <message>
        <source>SSH brute force against the SFTP server of the Department of Information and Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Information and Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source addresses are abroad; no successful login in auth.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defacement of the provincial e-government portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial e-government portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal taken offline; maintenance page served from the backup server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office of the Provincial People&apos;s Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed of the defacement and the containment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director of the Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cobalt Strike beaconing from a workstation of the Department of Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Education and Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office workstation sogd-pc023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ransomware encrypting the file server of the Department of Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department of Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune reports that its website is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People&apos;s Committee of An Binh commune</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueStyle</name>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationText</name>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyLog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System state before maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System state after maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty log line needs some text; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside the shift %2; nothing was written to the duty log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duty log line records what already happened; %1 is in the future. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DutyShift</name>
    <message>
        <source>Morning (06–14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon (14–22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night (22–06)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Escalation</name>
    <message>
        <source>Direct superior</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial department in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National coordinator (VNCERT/CC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceVault</name>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is already in the vault; it is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the evidence was cancelled; nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being stored; collect it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence id &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence vault has no valid key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the evidence folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the evidence folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file is missing from the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file has been altered or damaged (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file does not match its recorded SHA-256 hash (hash mismatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 has been altered or damaged (authentication failed); nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 does not match its recorded SHA-256 hash; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 has been altered or damaged (authentication failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 does not match its recorded SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Printed as “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverPanel</name>
    <message>
        <source>notify (5 days, R-11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 03 at once (beyond capability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 04 closing report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts not triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverService</name>
    <message>
        <source>The shift %1 has not begun; only a shift that has begun can be handed over. Nothing was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift %1 was already handed over: %2 accepted it at %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads the shift %2, so %1 prepares its handover. Nothing was prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has prepared a handover of the shift %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover of the shift %1 was already accepted by %2 at %3; it is accepted only once. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You prepared the handover of the shift %1; the lead of the incoming shift accepts it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads the incoming shift %2, so %1 accepts the handover. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; to take over the tickets; the handover was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncidentType</name>
    <message>
        <source>Denial of service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofing (impersonation) attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attack using malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorised access, taking control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption of software, data or devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction of information, data or software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eavesdropping, espionage, theft of information or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined attack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other forms of attack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeChannel</name>
    <message>
        <source>Monitoring (alerts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>The key file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a socstation key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file has version %1, which this version of socstation cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file is damaged (a field is missing or invalid).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>The case database has schema version %1, newer than this version of socstation understands (%2). Update socstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalGrouping</name>
    <message>
        <source>Serious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverdueRequestIndex</name>
    <message>
        <source>Request #%1 to %2, due %3, not answered: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to agencies overdue (R-16)</source>
        <translation>
            <numerusform>%n request to agencies overdue (R-16)</numerusform>
            <numerusform>%n requests to agencies overdue (R-16)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordCheck</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain a lower-case letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain an upper-case letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator&apos;s password must contain a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator&apos;s password must contain a special character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain a digit or a special character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain a part of your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain a date (such as a birth date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not contain a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 11 characters with lower- and upper-case letters, a digit and a special character; not containing the user name, a name, a date or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters with lower- and upper-case letters and a digit or special character; not containing the user name, a name, a date or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPreset</name>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6-month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>view alerts and cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>triage alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create and change tickets and incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign tickets to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue official documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import alert files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the report settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the case database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) may not %2. The attempt was recorded in the audit log; ask someone whose role allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the duty roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand over or accept a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the agency directory and asset register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>The central store URL must not contain a password: the password is taken from your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused the user name or password (%1). Work continues on this station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store at %1 cannot be reached (%2). Work continues on this station; changes are kept and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the central store was lost (%1). Work continues on this station; changes are kept and sent when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store&apos;s TLS certificate could not be verified (%1). Check the CA file and the host name in the central store settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no incident &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shift (expected DATE/NUMBER, e.g. 2026-11-21/1); nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handover was prepared for the shift %1, so there is no handover record to print; nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJobs</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the existing file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written file cannot be put in place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSettings</name>
    <message>
        <source>Enter the issuing body: it heads every document and is the reporting organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the issuing code: it ends every document number, as in 05/BC-SOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing code “%1” may hold only letters, digits and hyphens: it is printed in the number after “BC-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the place name: it starts the place and date line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseStep</name>
    <message>
        <source>Record the incident in the incident log completely, accurately and on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have the relevant focal points confirm it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report it to the managing agency for coordination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a preliminary assessment of severity and scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify the incident (severity level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose temporary containment measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinate with the provincial response team and the agency&apos;s security staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolate the affected devices or systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the network or services where needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect the log files of the affected systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preserve the digital evidence (hash recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate the cause and the culprit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up before fixing, important data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cause with the response team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond our capability: report to the provincial People&apos;s Committee, police, security authority and national response centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore systems, services and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify all data that was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup and restart the services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the incident and the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose measures and policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the remediation results to the agencies concerned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Duty analyst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityLevel</name>
    <message>
        <source>Level 1: internal use, public information only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 2: private or personal data of fewer than 10,000 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 3: state secrets, or 10,000 users or more, or shared provincial infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 4: serious national harm; national e-government 24/7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level 5: especially serious harm to national security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects one person; main work is not interrupted (e.g. one infected workstation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affects a group of users; main work is not interrupted (e.g. one department&apos;s network down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuity of several main activities is affected (whole IT system or power down, website defaced).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device, software or system is unusable and one main activity is affected (e.g. document management or one-stop system down; core switch, router, firewall or file server broken).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftPattern</name>
    <message>
        <source>Morning shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift pattern needs at least one shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shift needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; must start between 00:00 and 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; must last between one minute and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is on duty between %1 and %2: the shifts must cover the whole day without a gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift &quot;%1&quot; overlaps the next one (%2 to %3): the shifts must follow each other without overlapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift&apos;s start &quot;%1&quot; is not a time of day (HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftRoster</name>
    <message>
        <source>There is no account &quot;%1&quot; in this case database; nobody was put on the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the shift %2; the roster is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a shift of the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The station&apos;s export signing key in the case database is damaged; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not create the station&apos;s signing key; nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepState</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepTitle</name>
    <message>
        <source>Record the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collect evidence and trace the culprit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the cause of the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-incident activities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLoop</name>
    <message>
        <source>The central store has schema version %1; this station needs %2. An administrator runs &quot;socstation central migrate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The central store has schema version %1, newer than this station (%2). Update socstation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message numerus="yes">
        <source>%n sync conflict(s): two stations changed the same field. Both values are kept on the ticket&apos;s timeline.</source>
        <translation>
            <numerusform>%n sync conflict: two stations changed the same field. Both values are kept on the ticket&apos;s timeline.</numerusform>
            <numerusform>%n sync conflicts: two stations changed the same field. Both values are kept on the ticket&apos;s timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <source>Working alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending 1 change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — 1 change waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — %1 changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working alone: no central store is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: working locally, retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: needs an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in 1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketAge</name>
    <message>
        <source>0–4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1–7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; 7 d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketCells</name>
    <message>
        <source>%1
Received via: %2
Linked alerts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline: the ticket is resolved or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStatus</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineKind</name>
    <message>
        <source>Alert attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message numerus="yes">
        <source>Wrong password for &quot;%1&quot;. %n more failed attempt(s) lock the account.</source>
        <translation>
            <numerusform>Wrong password for &quot;%1&quot;. %n more failed attempt locks the account.</numerusform>
            <numerusform>Wrong password for &quot;%1&quot;. %n more failed attempts lock the account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot; in the workspace %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be used: %2 The case database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 belongs to &quot;%2&quot;, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be sealed to the station key (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be sealed to the recovery key (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; it will not be overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 already has accounts; it was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key could not be wrapped (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This administrator account holds no station key; sign in again as the first administrator of the station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has been locked since %2 after %3 failed sign-ins. Only an administrator can unlock it, on your written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was suspended on %2: its validity ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was suspended on %2: it was not used for %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can reactivate it, on written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 holds no password wrap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be locked (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for &quot;%1&quot;. The account is now locked after %2 failed sign-ins within %3 minutes; only an administrator can unlock it, on your written request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be suspended (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is suspended: its validity ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; is suspended: it was not used for %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must differ from your last %1 passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; has no recovery seal: no recovery key was configured when it was last used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recovery key does not open the account &quot;%1&quot; (it was sealed to the key %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::domain::IpRange</name>
    <message>
        <source>The address range is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range of two IP addresses (first-last).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; mixes an IPv4 and an IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not start with an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length of &quot;%1&quot; must be a number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address, a CIDR block or a range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::AgencyDirectory</name>
    <message>
        <source>The agency code &quot;%1&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the agency %1 a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent agency &quot;%1&quot; is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the focal point a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address, a CIDR block, a range nor a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not registered to any agency.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::AgencyRequests</name>
    <message>
        <source>Say what the agency is asked to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date must be later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agency &quot;%1&quot; in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ticket &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what the agency answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 was already answered; its answer stays as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer must come after the request was sent and not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to request %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::AssetCsvImport</name>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security level must be 1 to 5 (R-5), or empty when not classified; it is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown criticality &quot;%1&quot;: use low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::AssetRegister</name>
    <message>
        <source>The asset has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security level must be 1 to 5 (R-5), or empty when not classified; it is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency &quot;%1&quot; is not in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no asset &quot;%1&quot; in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::CsvReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds binary data, not CSV text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on line %1 never ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::DirectoryCsvImport</name>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use provincial_department, commune_committee, police, national_coordinator, isp or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new agency needs its kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row gives a position, phone or email but no contact_name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::EscalationMatrix</name>
    <message>
        <source>The agency &quot;%1&quot; is not in the directory; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focal point is not one of %1&apos;s; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifying %1 by official email needs a focal point with an email address; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::store::IncidentNotifier</name>
    <message>
        <source>%1 has no official email address in the directory; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident notification %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOC notifies you of the following incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected system: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please acknowledge receipt and report the actions taken and their results to the SOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by %1 on duty at the SOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountLauncher</name>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts, account policy and recovery key (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountPolicyTab</name>
    <message>
        <source>The account rules of this station. Provinces differ, so they can be set, but only within what the regulations allow: the defaults are the strictest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password age, administrators and shift leads (days, R-24):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password age, other accounts (days, R-24):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier passwords that may not be reused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed sign-ins that lock an account (R-25):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… counted within (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen lock after idle (minutes, R-26):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend accounts unused for (days, R-27):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account policy was saved; it applies from the next sign-in, lockout or screen lock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountRequestDialog</name>
    <message>
        <source>e.g. CV 125/SOC-QTHT of 03/03/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are issued, locked, unlocked and revoked only on written request (R-27); the reference is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written &amp;request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reference of the written request: accounts are issued, locked, unlocked or revoked only on written request (R-27). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountReviewModel</name>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed sign-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used for too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validity ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; must change the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountReviewTab</name>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export review (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) on this station, read at %1. Review them every 3 months (R-27).</source>
        <translation>
            <numerusform>%n account on this station, read at %1. Review it every 3 months (R-27).</numerusform>
            <numerusform>%n accounts on this station, read at %1. Review them every 3 months (R-27).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator changes your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (workspace %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be written to %1: %2. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account-review-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the account review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AccountsDialog</name>
    <message>
        <source>Accounts — socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AgencyAnswerDialog</name>
    <message>
        <source>Record an agency&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agency reported: actions taken and their results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 by %2 (%3); due %4.
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · overdue since %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · due %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open requests to agencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertActions</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as &amp;false positive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected alerts as false positives; a reason is required (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close as &amp;benign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the selected alerts as benign (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ticket from the selected alerts, with related alerts suggested (T)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertScreen</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>New alerts arrived above the rows you are looking at. Click to jump to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 alerts, counting the rest…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AlertTableModel</name>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorting is offered on time, severity and status only, so it stays fast with millions of alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AssetPicker</name>
    <message>
        <source>Choose from the asset register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset register is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no owning agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Type: %2
Criticality: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AssignDialog</name>
    <message>
        <source>Assign tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1 selected tickets to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to take the tickets back into the queue unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogLauncher</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read, check and export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogModel</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::AuditLogWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. login, case, audit.export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words in the details or the object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was changed, removed or reordered since it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1
Time: %2
User: %3
Action: %4
Outcome: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object: %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chain of the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, chain intact</source>
        <translation>
            <numerusform>%n entry, chain intact</numerusform>
            <numerusform>%n entries, chain intact</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n entries to %1.</source>
        <translation>
            <numerusform>Wrote %n entry to %1.</numerusform>
            <numerusform>Wrote %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soc::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day at the time below, your case database, key file and evidence are written, encrypted, to each folder and verified (R-30). Use two folders on separate devices or sites. A backup opens only with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /media/usb-backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a second device or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> verified backups per folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the drive connected?). The schedule was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two folders are the same; choose folders on separate devices or sites. The schedule was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: no daily backup is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: a backup runs every day at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified, removed (kept %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::BackupScheduler</name>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily encrypted backups to one or two folders, the backup register, back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; no partial file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backup verified (%n file(s)).</source>
        <translation>
            <numerusform>Backup verified (%n file).</numerusform>
            <numerusform>Backup verified (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup failed; see File → Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup FAILED %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup verified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::CaseCommands</name>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::CentralSettingsDialog</name>
    <message>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (*.key *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address: this station works alone and sends nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1 — %2 ms round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this station sends its changes and fetches the team&apos;s tickets and alerts. Without an address the station works alone and nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The station signs in as you (%1), with your own sign-in password. Neither is written in these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (disable) — test networks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt when the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypt, no certificate check (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt and check the CA (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt, check the CA and the server name (verify-full, recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed for verify-ca and verify-full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, with the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep alerts &amp;for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older alerts stay on the central store; alerts linked to a ticket are always kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the address: after saving, this station stops syncing and keeps working on its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ChangePasswordDialog</name>
    <message numerus="yes">
        <source>Your password is older than %n day(s), the longest the rules allow for your role (R-24). Choose a new one before you continue; your cases are not touched.</source>
        <translation>
            <numerusform>Your password is older than %n day, the longest the rules allow for your role (R-24). Choose a new one before you continue; your cases are not touched.</numerusform>
            <numerusform>Your password is older than %n days, the longest the rules allow for your role (R-24). Choose a new one before you continue; your cases are not touched.</numerusform>
        </translation>
    </message>
    <message>
        <source>You signed in with a temporary password issued by an administrator (first sign-in or a reset). Choose a password only you know before you continue (R-24).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1 (%2). The case database stays as it is; only the key that opens it is protected anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ClosingMeetingTab</name>
    <message>
        <source>One person per line, with their position.
Empty: the owners of the response steps and the assignee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the meeting that closes the incident. Times are Hà Nội time; a time that is not set prints as the time the record is issued (start) and one hour later (end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The closing meeting cannot end before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::CommunicationDialog</name>
    <message>
        <source>Notify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who: person, position, agency (e.g. Mr. Tuấn, duty officer, provincial police PA05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (they contacted us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing (we contacted them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was reported and what was asked of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said or sent; document number if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ConflictNotice</name>
    <message>
        <source>Sync brought in 1 conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync brought in %1 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both versions were recorded on the tickets&apos; timelines; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::CorrectEventDialog</name>
    <message>
        <source>Correct an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline keeps every entry. The correction is recorded as a new event; the original stays visible, struck through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected time:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::CreateTicketDialog</name>
    <message>
        <source>… and %1 more alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create ticket from alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts are selected. Select alerts on the alert screen, then press T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected alerts: %1. They are linked to the new ticket, with the related alerts ticked below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::DashboardView</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n ticket(s))</source>
        <translation>
            <numerusform>%1 (%n ticket)</numerusform>
            <numerusform>%1 (%n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>The dashboard could not be refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 · %2 alerts in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts per hour by severity (last 24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystems (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top signatures (24 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents per month by severity (12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean time per shift (tickets of the last 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::DeclareIncidentDialog</name>
    <message>
        <source>Incident classification — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. provincial web portal (cong-tt), one-stop service system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National grouping (R-2): serious only when all three parts hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system is security level 4–5 (or national critical information infrastructure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible disclosure of state secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrecoverable loss of integrity of important data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss of control of the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascading harm to other level 4–5 systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot handle it alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and at least one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agency that owns the affected system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity (R-1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident type (R-4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected system and security level (R-5):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and emergency incidents are reported at once to the direct superior and the provincial department (R-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security level not known yet (NĐ 85/2016 levels 1–5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resulting grouping: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system is not level 4–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the listed harms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the owner can handle it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling and assistance (Mẫu 05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With help from other organisations in Vietnam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With help from foreign organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support was requested from the national coordinator (VNCERT/CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not estimated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One organisation per line; required unless handled in-house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated damage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping organisations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the organisations that helped, one per line: the half-yearly summary (Mẫu 05) lists them for incidents not handled in-house.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes the system, its security level and the owning agency from the asset register (R-31)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The asset register could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset register (R-31):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::DetailPane</name>
    <message>
        <source>Time (Vietnam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time at the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original record, exactly as the sensor wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alert to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no offset in the source record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MITRE ATT&amp;&amp;CK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the agency directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (owner of the registered asset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the asset register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security level not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>criticality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::DurationEdit</name>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::DutyLogPanel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event, check done, system state before or after maintenance, call received…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the duty log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::EntryDialog</name>
    <message>
        <source>Record an action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. isolated web server 10.20.1.15 from the network (switch port 12 shut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen, decided or agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tied to a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a containment action (isolating, disconnecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 (Contain) can be completed once a containment action is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::EscalationPanel</name>
    <message>
        <source>Report at once (R-13)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how %1 was notified (channel, counterpart, summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::EvidenceDialog</name>
    <message>
        <source>Add digital evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log file, memory image, malware sample, screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is and why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system it was taken from, e.g. web server cong-tt.tinh (10.20.1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is copied into this station&apos;s encrypted evidence store and identified by its SHA-256; the original is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the evidence file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file that exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing and encrypting %1 (%2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was stored; the original file is untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence was not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::EvidencePanel</name>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ MISMATCH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every item: decrypting and re-hashing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 of %1 intact, their SHA-256 matches what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: %1 of %2 do NOT match what was recorded. Keep the station as it is and tell the shift lead: the evidence may have been altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to (name, unit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1, with its custody record beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence was not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence… (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt and re-hash every item; each check goes into its custody log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected item and its custody record to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody log of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (new or acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All subsystems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 alerts (none pressed: all levels).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring subsystem that raised the alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::FirstRunDialog</name>
    <message>
        <source>Create the first administrator — socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no accounts yet. Create the administrator account that will manage it; the case database is encrypted with a key protected by this password.
Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits, . _ - (e.g. admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account name is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::HandoverPanel</name>
    <message>
        <source>%1 %2–%3, lead %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared, not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover was not prepared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You accepted the handover; %n ticket(s) moved to you.</source>
        <translation>
            <numerusform>You accepted the handover; %n ticket moved to you.</numerusform>
            <numerusform>You accepted the handover; %n tickets moved to you.</numerusform>
        </translation>
    </message>
    <message>
        <source>No handover prepared for this shift yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting the handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handover (reading the case database)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handover of the shift %1, prepared by %2 at %3, waits for you to accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift was handed over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover prepared by %1; it waits for the lead of the next shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shift has not been handed over yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare again (new snapshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the next shift: what is going on, what to watch, calls expected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the open tickets of the outgoing shift to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts of the last 7 days that were not handed over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the handover record (biên bản giao nhận ca trực) of the handover shown; issuing it numbers it and records it in the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ImportDialog</name>
    <message>
        <source>Import alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and checking the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 · Duplicates (already stored): %2 · Rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 well-formed records were not alerts (flows, DNS, statistics…) and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be read as alert files: %1 (see below).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::IncidentFormDialog</name>
    <message>
        <source>Official form details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item 7 of the closing report: the documents sent with it (progress reports, handling plan, log files…). Empty: when the incident has evidence, the list of evidence items with their SHA-256 hashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kế hoạch ứng phó; nhật ký máy chủ web 18–20/11/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial report (Mẫu 03)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing meeting (Biên bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official form details — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of this incident could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::IncidentHeader</name>
    <message>
        <source>Type (R-4):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National grouping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning agency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification due (R-11, 5 days after detection): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify the system owner, the national coordinator and the specialised unit within 5 days of detection (TT 20/2017 Điều 9.2.a).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04) due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing report (Mẫu 04): due within 5 days after the response ends (steps 1–6 done or skipped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond our capability (since %1): report with Mẫu 03 now — to the provincial People&apos;s Committee, the provincial police, the security authority and the national response centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not specified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — security level unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::IncidentView</name>
    <message>
        <source>The case could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an incident: work through the seven steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence stored and hashed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond our capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as beyond this unit&apos;s capability?

The initial report (Mẫu 03) is then due immediately, and the provincial People&apos;s Committee, the provincial police, the security authority and the national response centre are to be informed (R-11, R-13).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark beyond capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declare incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classify this ticket as an incident and start the seven response steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity, type, affected system and national grouping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond our capability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-11: the initial report (Mẫu 03) is then due immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible when every step is done or skipped with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is open here. Open a ticket or an incident from the queue (Ctrl+2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket is not an incident. If it affects the operation of a system, declare it an incident: the seven response steps and the reporting clocks (R-11) then apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official documents about this incident: preview, then issue as PDF or on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification of %1 recorded on the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R-13: whom the escalation matrix names for this severity; prepares the official email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::InitialReportTab</name>
    <message>
        <source>What the initial report asks beyond the incident record, numbered as Mẫu 03 prints it. Empty fields are left out, or print what is shown in grey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default contact of the report settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Affected system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>related domains and IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains and IP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security service provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. How it was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the intrusion-detection system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By reviewing logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who told us, if someone did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing ticked: tickets from monitoring print as detected by the intrusion-detection system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. Already notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible member of the response network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The telecommunications or Internet service provider (ISP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national coordinator (VNCERT/CC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national coordinator is also ticked when its notification is recorded on the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9. Additional information about the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system and version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services on the system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anti-malware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intrusion detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security measures in place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main purpose of the system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated (left out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, keep it confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the information confidential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10. Recommendations and requests for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: item 10 is left out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::LoginDialog</name>
    <message>
        <source>Sign in — socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to unlock your encrypted case database.
Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the analyst who is signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::MainWindow</name>
    <message>
        <source>socstation — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the &amp;bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert files (*.json *.ndjson *.jsonl *.log *.cef *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;table cellspacing=&apos;4&apos;&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;ssh brute&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;words, matched as prefixes in signature, category, addresses, host and sensor&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;src:10.0.0.5&lt;/tt&gt; &lt;tt&gt;dst:192.168.*&lt;/tt&gt; &lt;tt&gt;ip:…&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;source, destination or either address&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sev:cao&lt;/tt&gt; &lt;tt&gt;sev:high&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;severity: thap/low, tb/medium, cao/high, khancap/emergency&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;status:new&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;new, acknowledged, false_positive, benign&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;tt&gt;sub:NSM&lt;/tt&gt; &lt;tt&gt;sig:&quot;SSH Scan&quot;&lt;/tt&gt; &lt;tt&gt;host:web01&lt;/tt&gt; &lt;tt&gt;cat:…&lt;/tt&gt; &lt;tt&gt;source:wazuh&lt;/tt&gt;&lt;/td&gt;&lt;td&gt;subsystem, signature, host, category, sensor&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Press / to search, Esc to clear and return to the table.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;socstation %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Duty workstation for provincial Security Operations Centres: alert triage, tickets, incidents and reports.&lt;/p&gt;&lt;p&gt;Case data is kept in an encrypted database per analyst.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the import before closing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket for a report received by phone, official email, document or fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service &amp;levels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socstation — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ManualTicketDialog</name>
    <message>
        <source>Ticket %1 was created, but the report was not logged on its timeline: %2. Add it there as a communication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket from a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time (Asia/Ho_Chi_Minh) when the report reached the SOC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, position and phone number of the caller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender, and the document or message number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and agency are required. The report is logged on the ticket&apos;s timeline as an incoming communication (channel, counterpart, time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::NotifyDialog</name>
    <message>
        <source>Notify — %1 incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official email to send from the government mail system (socstation sends nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the subject and the body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a new message in the mail program set up on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records on the timeline that this target was notified through its channel, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation matrix could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escalation matrix names no one to notify for %1 incidents. Record the communication with &quot;Record a communication&quot; (C), or ask a shift lead to set the matrix up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whom to notify for a %1 incident (R-13), in order. Choose one, contact them through the channel shown, then record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    R-13: %1 — notified %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    R-13: %1 — not notified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone or email in the directory for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program could be opened. Use &quot;Copy&quot; and paste the message into the mail system.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::OccurredAtEdit</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offset the time was given in (Vietnam: UTC+07:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::OptionalDateTimeEdit</name>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to leave the time out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hà Nội time (UTC+07:00)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::PeriodicReportDialog</name>
    <message>
        <source>Quarter %1 (months %2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half (January–June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half (July–December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Half year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day: swap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period has not started yet: choose a period that has begun.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the period before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This period is not over yet: the figures are those recorded when the report is prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic report (alerts, incidents, response times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 05 — 6-month or yearly incident summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows a draft; nothing is numbered until you issue it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare the document and show it; nothing is issued yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::QuickAddBar</name>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication (C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an action taken (containment actions complete step 3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a phone call, official e-mail, document or fax (R-17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file as digital evidence, hashed and encrypted (step 4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReasonDialog</name>
    <message>
        <source>Close as false positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. vulnerability scan by our own security team, ticket 2026-114</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is required. It is kept with each alert and in the change journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts to close as false positive: %1. Why are they not an attack?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::RecoveryKeyTab</name>
    <message>
        <source>Every account&apos;s data key is also sealed to the SOC&apos;s recovery key, so an analyst who lost their password can be given a new one (socstation account recover) without losing their cases. Only the public key is kept here; keep the private key offline, under the SOC&apos;s key management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none — accounts cannot be recovered without their password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load public key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SOC&apos;s recovery public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM public keys (*.pem *.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. The recovery key was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key %1 set; every account is sealed to it (accounts that could not be sealed now are sealed at their next sign-in).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::RefusalBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::RelatedAlertsPanel</name>
    <message>
        <source>Same signature and source (%1 from %2): %3 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same host (%1): %2 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same destination (%1): %2 alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → destination · host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other alerts match the first selected alert within %1 before or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts within %1 of the first selected alert that look related. Tick the groups or alerts that belong to this ticket; they are linked with the selected ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportActions</name>
    <message>
        <source>Mẫu 03 — &amp;initial incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the initial report of the open incident (TT 20/2017 Mẫu 03); issuing numbers it and records it on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 04 — &amp;closing report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the report on the end of the response (Mẫu 04); it refers to the Mẫu 03 issued earlier, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing &amp;record (biên bản)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the record of the meeting that closes the response, for the chair and the recorder to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full incident report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the full report on the incident: classification, the seven steps, timeline and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the report f&amp;orms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the Mẫu 03, Mẫu 04 and the closing record print beyond the case itself: contacts, findings, the chair and the recorder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportLauncher</name>
    <message>
        <source>Preparing %1: reading the incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1: counting the alerts and incidents of the period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be prepared: %1

Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing %1: reading the handover and the duty log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportMenu</name>
    <message>
        <source>Issued %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Periodic report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts, incidents and response times of a month, quarter, half year, year or any period, compared with the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mẫu 0&amp;5 summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 6-month or yearly summary of incidents by type (TT 20/2017 Mẫu 05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who issues and signs the documents, their number code and where they go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportPageBar</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole p&amp;age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportPreviewDialog</name>
    <message>
        <source>%1 — %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a copy of %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the document and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the document for printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was issued and no number was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number was used and nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder or file name and issue again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No copy was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of %1 was saved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was issued, but the printer reported an error. Print a copy again: the number stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 sent to %2 (%n page(s)).</source>
        <translation>
            <numerusform>%1 sent to %2 (%n page).</numerusform>
            <numerusform>%1 sent to %2 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued as %1 on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another PDF of the issued document, with the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the issued document again, with the same number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is issued and on the incident&apos;s timeline; copies keep the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is issued and in the register; copies keep the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft — not issued: no number yet; &quot;DỰ THẢO&quot; is printed above the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and &amp;save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save, then issue: the PDF carries the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue and &amp;print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the printer, then issue: the printed copy carries the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing takes the next document number of the year and records the document on the incident&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing takes the next document number of the year and records the document in the register of issued documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy was printed, but it could not be recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — shift %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ReportSettingsDialog</name>
    <message>
        <source>Issuer and signer of official documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the SOC&apos;s official documents are headed, numbered, signed and addressed (NĐ 30/2020), and what the incident forms (TT 20/2017 Mẫu 03–05) print as the reporting organisation. Hover over a field for its official name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer and signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, place and date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings could not be read (%1); the defaults are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line of the header, in capitals. Leave empty when there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing body (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second line of the header, in bold capitals; also the organisation named by Mẫu 03 and 04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing code (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits and hyphens only; follows the type code in every document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place name (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts the place and date line at the top right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: the head signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of the body signs in their own name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TM. (thay mặt): on behalf of a collective body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KT. (ký thay): a deputy signs for the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q. (quyền): acting head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TL. (thừa lệnh): by order of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TUQ. (thừa ủy quyền): by authorisation of the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed before the head&apos;s title; empty when the head signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing for (title of the head):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the prefix, e.g. GIÁM ĐỐC; printed in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in bold capitals above the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the signer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed in bold under the signature and seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry per line, e.g. “Như trên”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports sent upward are addressed to these, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listed at the bottom left, one per line, without the final archive entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit named in the last line of the distribution list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting organisation (Mẫu 03, 04 item 1; Mẫu 05)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by Mẫu 03 and 04.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network member code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s code in the national incident response network (Mẫu 05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default contact person (Mẫu 03 item 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used when an incident&apos;s form names no contact of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no signer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::RosterPanel</name>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Put on shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take o&amp;ff shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose shifts are shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ScreenLock</name>
    <message>
        <source>Screen locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Station %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work continues in the background while the screen is locked: new alerts arrive, synchronisation with the central store and imports keep running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to unlock the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for %1. The screen stays locked. Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is locked after too many failed attempts. Only an administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 is suspended. Only an administrator can reactivate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session will now close; all saved work is kept and background work stops safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be checked: %1 The screen stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ServiceLevelsDialog</name>
    <message>
        <source>The saved service levels could not be read (%1); the defaults are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first action must be due before the resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service levels were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How soon a ticket must get its first action and be resolved, by severity, counted around the clock. New tickets take these deadlines; existing tickets keep theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First action within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::SeverityCountsBar</name>
    <message>
        <source>New:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the new %1 alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::SeverityPicker</name>
    <message>
        <source>R-13: report a %1 incident at once to: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ShiftTracker</name>
    <message>
        <source>You were not put on the current shift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duty roster could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody on the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 · on duty: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::ShiftView</name>
    <message>
        <source>Duty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::StatusChangeDialog</name>
    <message>
        <source>Reopening a ticket, or closing one nobody worked on, needs a reason; it is kept on the ticket&apos;s timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the selected tickets cannot move to this status; they will be named after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ticket status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status for %1 selected tickets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::StepPanel</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add containment action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in lessons and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this step is skipped: the reason is kept in the incident log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step as in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this step as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step; the reason is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. no system was isolated: the attack was blocked at the firewall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user name of who carries out this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the regulation asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the response (step 7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change so a similar incident is handled faster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened and how it was resolved (goes into the Mẫu 04 closing report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::StepStepper</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncController</name>
    <message>
        <source>Central store settings saved; connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This station now works alone: it no longer syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Central store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting changes and fetch what changed on the central store now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncIndicator</name>
    <message>
        <source>Central store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click for the sync status (Ctrl+Shift+S).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::SyncStatusPanel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the central store refused (no permission). They are kept on this station for review; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits of the same field made elsewhere at the same time. Both values are recorded on the ticket&apos;s timeline; nothing was overwritten silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the waiting changes and fetch what changed on the central store now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketActions</name>
    <message>
        <source>&amp;Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the ticket in the incident view (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected tickets to me (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected tickets to an analyst (Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of the selected tickets (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search tickets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketBulkController</name>
    <message>
        <source>Select one or more tickets first (↑/↓ or j/k to move, Space to mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tickets were not changed:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned %1 of %2 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned %1 of %2 tickets to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to &quot;%1&quot; on %2 of %3 tickets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketCreationFlow</name>
    <message>
        <source>Select one or more alerts first, then press T to create a ticket from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service levels saved; new tickets use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketDialogBase</name>
    <message>
        <source>Create ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was not created: %1
Nothing was saved; your entries are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketFilterBar</name>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets assigned to me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets nobody is handling yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets past their current service-level deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 tickets (none pressed: all levels).
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency or unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, title, agency…  ( / )</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ssignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or reported, where, since when; what was done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency or unit concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to put the ticket in the queue unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketQueueScreen</name>
    <message>
        <source>Select a ticket to open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 tickets, counting the rest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2, due %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to request #%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what an agency reported back about a request (R-16)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketStatusCounts</name>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only tickets that are &quot;%1&quot; (press several to combine; none pressed: all). The counts follow the other filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TicketTableModel</name>
    <message>
        <source>Sorting is offered on code, severity, status, age and due time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the current service-level deadline: first action while new, resolution while open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineAxisView</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineFilterBar</name>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only some kinds of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events that a correction replaced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelineModel</name>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containment action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by the correction of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TimelinePanel</name>
    <message>
        <source>Export the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline was not written to %1: %2
Nothing in the case was changed; choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events in order, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events and the steps on a time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/− zoom, drag to pan, 0 shows everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a correction of the selected event; the original stays, struck through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every event of this timeline to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TopBar</name>
    <message>
        <source>socstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local workspace — not connected to a central store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are kept in this station&apos;s encrypted case database and journaled for synchronisation once a central store is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central store: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>soc::ui::TriageController</name>
    <message>
        <source>Select one or more alerts first (↑/↓ or j/k to move, Space to mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to &quot;%1&quot; (alerts: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
