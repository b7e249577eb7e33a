<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>, </source>
        <extracomment>Separates the option values in a list, as in &quot;lead, customer, evangelist&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 has no options.</source>
        <extracomment>%1 is the value typed in a cell, %2 the property label, e.g. &quot;“gold” cannot be set: Tier has no options.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an option value of %2; did you mean “%3”?</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the internal value that HubSpot expects instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in “%2” is not one of the options of %3: %4.</source>
        <extracomment>%1 is one part of a multi-checkbox value, %2 the whole value, %3 the property label, %4 the list of option values, e.g. &quot;“gold” in “silver;gold” is not one of the options of Tier: silver, bronze.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the options of %2: %3.</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the list of option values, e.g. &quot;“gold” is not one of the options of Lifecycle stage: lead, customer…&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number that %2 accepts: use digits, an optional sign and at most one decimal point, as in 1234.5.</source>
        <extracomment>%1 is the value typed, %2 the property label. The example number is written as HubSpot wants it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is at %2 UTC, not midnight: %3 needs a date as YYYY-MM-DD or as milliseconds at midnight UTC.</source>
        <extracomment>%1 is the value typed (milliseconds since 1970), %2 the time of day it stands for, e.g. 04:10:33.600, %3 the property label. HubSpot stores dates as midnight UTC.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date on the calendar, so %2 cannot take it.</source>
        <extracomment>%1 is the value typed, e.g. 2024-02-30, %2 the property label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date that %2 accepts: use YYYY-MM-DD, as in 2024-05-01.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep YYYY-MM-DD as it is: it is the format HubSpot reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time that %2 accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, or milliseconds since 1970.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep the example as it is: it is the format HubSpot reads.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address, which %2 needs.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“ann@example” is not an email address, which Email needs.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchSetupWidget</name>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot account (token profile) the batch is sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage account profiles and tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Object type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a standard or custom object type, or type an objectTypeId such as 2-123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create adds new records; upsert updates the record whose unique property matches, or creates it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unique property to match on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert finds existing records by this unique-value property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HubSpot API version the requests use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchListModel</name>
    <message>
        <source>%1 (lookup)</source>
        <extracomment>Batch number column when the batch&apos;s latest request looked up records whose answer was lost. %1 is the batch number. Example: &quot;3 (lookup)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <extracomment>HTTP status column when no HTTP answer came. %1 is the network error, e.g. &quot;timed out&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of one request in milliseconds. %1 is a localised number, e.g. &quot;1,234 ms&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of this batch was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows of this batch were refused; the others were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request failed and will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of batch numbers; keep very short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit left</source>
        <extracomment>Column: requests left in the rate-limit window after this answer; keep short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch number, in the order of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many times the batch was sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests left in the rate-limit window after this answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchSetupWidget</name>
    <message>
        <source>Type or id, e.g. 2-123456</source>
        <extracomment>Placeholder of the object type picker, where an objectTypeId can be typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Action of a batch: create new records (HubSpot&apos;s batch create)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update (upsert)</source>
        <extracomment>Action of a batch: update existing records or create them (HubSpot&apos;s batch upsert)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>An API version; %1 is its name such as 2026-03</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An object type in the picker: %1 its plural label (Contacts), %2 its objectTypeId (0-1)
----------
A unique property in the upsert picker: %1 its label (Email), %2 its internal name (email)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unique property</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::CellDelegate</name>
    <message>
        <source>(empty)</source>
        <extracomment>First entry of a drop-down cell editor; choosing it leaves the cell empty</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Boolean cell value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Boolean cell value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <extracomment>Display format of the date-time cell editor (Qt date format); keep &quot;UTC&quot;: the value is in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ids, separated by ;</source>
        <extracomment>Placeholder of an association cell editor: HubSpot record ids of the associated records</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnPickerDialog</name>
    <message>
        <source>This property is archived: HubSpot does not accept values for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot calculates this property: it cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This property is read-only: HubSpot sets its value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Column headers of the property list in the column picker</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This property is already a column of the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the list of association labels while they are fetched from HubSpot</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No association types to show.</source>
        <extracomment>Shown when HubSpot lists no association types between the two object types (or could not be asked)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <extracomment>An association type without a label (HubSpot&apos;s default one)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <extracomment>Tooltip of an association label; %1 is the column name in files, e.g. &quot;assoc:companies:1&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This association is already a column of the grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%n column chosen</numerusform>
            <numerusform>%n columns chosen</numerusform>
        </translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple checkboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropdown select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date picker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ConnectionTest</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to portal %1 (time zone %2; the portal did not say which scopes the token has).</source>
        <extracomment>%1 portal id (12345678), %2 its time zone (US/Eastern)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to portal %1 (time zone %2, %n scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>Connected to portal %1 (time zone %2, %n scope: %3).</numerusform>
            <numerusform>Connected to portal %1 (time zone %2, %n scopes: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2 (correlation ID %3)</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message, %3 HubSpot&apos;s correlation id (a UUID) for its support</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 what went wrong, e.g. &quot;Connection refused&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Duplicate %n row</numerusform>
            <numerusform>Duplicate %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>Add %n column</numerusform>
            <numerusform>Add %n columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Insert %n row</numerusform>
            <numerusform>Insert %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>About Batchsmith</source>
        <extracomment>Title of the About box</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty batch? The rows in the grid are removed; you can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is being sent. If you quit now, the rows not sent yet stay unsent and the batches in flight may still be written by HubSpot without Batchsmith seeing the answer. Quit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <extracomment>%1 is the name of an account profile, %2 why it cannot be used</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox at %1: nothing reaches a real HubSpot account.</source>
        <extracomment>%1 is the local address of the built-in sandbox, such as http://127.0.0.1:53211</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a host name such as api.hubapi.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: portal %2</source>
        <extracomment>%1 is a profile name, %2 a HubSpot portal (account) id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Object Type</source>
        <extracomment>Title of the question asked before the grid switches to another object type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid’s columns are properties of another object type. Switch to %1 and start a new grid? You can undo this.</source>
        <extracomment>%1 is the object type chosen, such as Company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The properties of %1 could not be read: %2</source>
        <extracomment>%1 is an object type, %2 HubSpot&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>A problem in the list: %1 row number, %2 column title, %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem in the list: %1 row number, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>Nothing was sent: %n problem to fix first.</numerusform>
            <numerusform>Nothing was sent: %n problems to fix first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row has been sent. Add rows, or use Retry Failed Rows for the ones that failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress bar text: %1 rows done, %2 rows in all</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s, about %2 left</source>
        <extracomment>%1 rows per second, %2 a duration such as &quot;3 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>Cancelled: %n row was not sent.</numerusform>
            <numerusform>Cancelled: %n rows were not sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending Stopped</source>
        <extracomment>Title of the message shown when HubSpot stopped a run (expired token, daily limit…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HubSpot refused to go on: %1
The rows not sent yet are still in the grid; fix the cause and send again.</source>
        <extracomment>%1 is why the run stopped, in HubSpot&apos;s words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>%n cell to fix</numerusform>
            <numerusform>%n cells to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n created</numerusform>
            <numerusform>%n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::MultiValueEditor</name>
    <message>
        <source>Chosen options</source>
        <extracomment>Accessible name of the list of checkboxes that edits a multiple-checkbox cell</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::PortalCatalog</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A meeting logged on a CRM record (HubSpot object type).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A phone call logged on a CRM record (HubSpot object type).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>An email logged on a CRM record (HubSpot object type), not an email address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %n request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>Waiting %1 s: %2 of %n request left in this %3-second window</numerusform>
            <numerusform>Waiting %1 s: %2 of %n requests left in this %3-second window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1 of %n request left in this %2-second window</numerusform>
            <numerusform>%1 of %n requests left in this %2-second window</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableModel</name>
    <message>
        <source>“%1” is not a HubSpot record ID: record IDs are whole numbers, such as 51234.</source>
        <extracomment>Problem of an association cell: %1 is what was typed instead of a record ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot created the record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot updated an existing record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row status</comment>
        <extracomment>Status of a row whose answer was lost: it may or may not have been written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent (e.g. the run was cancelled)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Header of the grid&apos;s first column: each row&apos;s outcome (Pending, Created, Failed…)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Header of the column showing the HubSpot ID of the created or updated record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Header of the grid&apos;s last column: HubSpot&apos;s error message for the row</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <extracomment>Grid context menu: empties the selected cells</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveColumnCommand</name>
    <message>
        <source>Remove column “%1”</source>
        <extracomment>Undo/redo menu entry; %1 is the column title, e.g. &quot;Undo Remove column “Email”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveRecordsCommand</name>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Remove %n row</numerusform>
            <numerusform>Remove %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ResponseView</name>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds. %1 is a localised number, e.g. &quot;850 ms&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds. %1 is a localised number, e.g. &quot;4.2 s&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Sending %n row…</numerusform>
            <numerusform>Sending %n rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) planned.</source>
        <translation>
            <numerusform>%n batch planned.</numerusform>
            <numerusform>%n batches planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Cancelled after %1: %n row.</numerusform>
            <numerusform>Cancelled after %1: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Finished in %1: %n row.</numerusform>
            <numerusform>Finished in %1: %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>%n request, %1 retried, %2 rate-limited.</numerusform>
            <numerusform>%n requests, %1 retried, %2 rate-limited.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lookup %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>Lookup %1 · %n row · %2</numerusform>
            <numerusform>Lookup %1 · %n rows · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>Attempt %1 · %n row · %2</numerusform>
            <numerusform>Attempt %1 · %n rows · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <extracomment>%1 is the network error, e.g. &quot;timed out&quot; or &quot;Connection refused&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied command will contain your private app token. Anyone who sees it can read and change your HubSpot records until you rotate the token. Include it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command; it reads the token from $HUBSPOT_TOKEN.</source>
        <extracomment>%1 is the batch number. The token is read from the HUBSPOT_TOKEN shell variable.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command, with your token.</source>
        <extracomment>%1 is the batch number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendController</name>
    <message>
        <source>“%1” is not an object type that takes batch writes.</source>
        <extracomment>%1 is what was typed as the object type</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid has no columns: add the properties to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unique property that upsert matches records on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert matches on “%1”, but the grid has no such column.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upsert needs a value in “%1” to find the record.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no row to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>Paste %n cell</numerusform>
            <numerusform>Paste %n cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>Clear %n cell</numerusform>
            <numerusform>Clear %n cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/redo menu entry after editing one cell; %1 is the column title, e.g. &quot;Undo Edit “First name”&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SettingsDialog</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the language list: use the language of the operating system</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::TableColumn</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Header of an association column: %1 is the target object (&quot;Company&quot;), %2 the association label (&quot;Primary&quot;). Example: &quot;Company (Primary)&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::TokenManagerDialog</name>
    <message>
        <source>Enter a full address, such as https://api.hubapi.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out any user name, password, query (?…) or fragment (#…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026-03 is HubSpot&apos;s dated API; v3 is the older, undated one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A profile in the list, marked as the one the app starts with; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s built-in sandbox, a local imitation of HubSpot; its address changes at each start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox uses its own token, %1.</source>
        <extracomment>%1 is the sandbox&apos;s fixed token, e.g. demo-all-scopes (not a secret)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New token %1, kept when you save.</source>
        <extracomment>%1 is the start and end of the token, e.g. pat-na1-…5555</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored token: %1. Type a new one to replace it.</source>
        <extracomment>%1 is the start and end of the stored token, e.g. pat-na1-…5555</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token yet. Paste the access token of your HubSpot private app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A name made unique by a number, e.g. &quot;New profile 2&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a copied profile; %1 is the original&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its token? This takes effect when you save.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already named “%1”.</source>
        <extracomment>%1 is the name typed, which another profile already has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profiles</source>
        <extracomment>Title of the message shown when a profile cannot be saved</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 why it could not be saved (English, from the storage layer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to the token profiles before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ValueValidator</name>
    <message>
        <source>“%1” cannot be set: %2 is archived in HubSpot.</source>
        <extracomment>%1 is the value typed, %2 the property label.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 is read-only: HubSpot computes it.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“12” cannot be set: Record ID is read-only: HubSpot computes it.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is %L2 characters long; HubSpot accepts at most %L3.</source>
        <extracomment>%1 is the property label, %2 the length of the value, %3 HubSpot&apos;s limit (65,536).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a value of %2: use true or false.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep true and false in English: HubSpot reads them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Add Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label or internal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type to associate with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association &amp;labels (one column each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of chosen columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Batchsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch</source>
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
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems that stop the batch from being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an empty row below the current one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows below them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose properties and associations to add as columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Col&amp;umn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every cell against the portal’s properties without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send no new batch; batches in flight finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; batches in flight finish and are recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows that failed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts and Tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit and test account profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language and sending defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This batch was sent more than once: pick the request to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the real token in the copied command instead of $HUBSPOT_TOKEN. Anyone who sees the command can then use your token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the token in the copied command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the request shown as a cURL command for a POSIX shell. The token comes from the HUBSPOT_TOKEN variable unless you include it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy request as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy request as cURL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a batch to see its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. It changes as soon as you apply it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches in parallel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many batch requests may be on their way at the same time. HubSpot limits how many requests a token may send, so more is not always faster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches sent in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records per batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many records go into one batch request. HubSpot accepts at most 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records per batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for HubSpot to answer one request before trying it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space, e.g. &quot;60 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These defaults apply to the runs you start from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>Token Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected profile, token included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected profile and its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this profile when the app starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the portal who it is, with this base URL and token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens are kept in your system keychain (%1).</source>
        <extracomment>%1 is the keychain&apos;s name, e.g. &quot;Secret Service&quot;, &quot;macOS Keychain&quot;, &quot;Windows Credential Manager&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answered, so tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and send batches of HubSpot CRM records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
