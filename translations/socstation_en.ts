<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>AuthTask</name>
    <message>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: socstation [--workspace DIR] [--user NAME] [--password-stdin] [--json] [--lang vi|en] [SUBCOMMAND]
Without a subcommand the desktop application starts.
Subcommands:
  init --admin NAME                 create the workspace and its first administrator
  import [--format auto|suricata|wazuh|cef] FILE...   import alert files
  alerts count [--severity S] [--status S]           count alerts
  alerts list [--limit N] [--severity S] [--search TEXT]  list alerts
  demo [--alerts N]                 write the demo scenario into the workspace
The password comes from --password-stdin or SOCSTATION_PASSWORD, never from the command line.
Environment: SOCSTATION_WORKSPACE, SOCSTATION_USER, SOCSTATION_PASSWORD, SOCSTATION_LANG.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>At least 11 characters with lower- and upper-case letters, a digit and a special character; not containing the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters with lower- and upper-case letters and a digit or special character; not containing the user name.</source>
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
    <name>Workspace</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; is not valid: use 2-32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace %1 already has accounts; it was not changed.</source>
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
        <source>The data key could not be wrapped (OpenSSL error).</source>
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
        <source>Wrong password for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be decrypted (OpenSSL error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case database of &quot;%1&quot; has no account record; it was left untouched.</source>
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
</context>
<context>
    <name>soc::ui::AlertScreen</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <name>soc::ui::AlertTime</name>
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
        <source>Wrong password for %1. Check Caps Lock and the keyboard layout (Unikey/Telex), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
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
