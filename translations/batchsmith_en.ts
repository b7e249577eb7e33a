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
    <message>
        <source>No owner of this portal has the ID “%1”; choose an owner of %2 from the list.</source>
        <extracomment>%1 is the value typed in an owner cell (an owner ID is expected), %2 the property label</extracomment>
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
    <name>Batchsmith::BatchExplainer</name>
    <message>
        <source>%1 (property “%2”)</source>
        <extracomment>A count of refused rows, then the property HubSpot named. Example: 3 inputs refused (property “lifecyclestage”)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>looked up %Ln row(s) by %1</source>
        <extracomment>A lookup of records whose answer was lost. %n rows, %1 the property, e.g. &quot;looked up 100 rows by email&quot;</extracomment>
        <translation>
            <numerusform>looked up %Ln row by %1</numerusform>
            <numerusform>looked up %Ln rows by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <extracomment>Records a lookup found, e.g. &quot;100 found&quot;</extracomment>
        <translation>
            <numerusform>%Ln found</numerusform>
            <numerusform>%Ln found</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent twice</source>
        <extracomment>After a lookup: no row was sent a second time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent again</source>
        <translation>
            <numerusform>%Ln sent again</numerusform>
            <numerusform>%Ln sent again</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A lookup, what it found, what was sent again. Example: looked up 100 rows by email: 100 found, nothing sent twice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s) refused</source>
        <extracomment>Inputs HubSpot refused in a 207 answer</extracomment>
        <translation>
            <numerusform>%Ln input refused</numerusform>
            <numerusform>%Ln inputs refused</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Rows HubSpot wrote, e.g. &quot;97 written&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <extracomment>Rows HubSpot wrote, e.g. &quot;100 written&quot;</extracomment>
        <translation>
            <numerusform>%Ln written</numerusform>
            <numerusform>%Ln written</numerusform>
        </translation>
    </message>
    <message>
        <source>waited %1 s for the window, then sent again</source>
        <extracomment>After a 429: %1 is seconds with one decimal, e.g. &quot;waited 1.2 s for the window, then sent again&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 s, then sent again</source>
        <extracomment>After a 423, a 477 or a server error: %1 is seconds with one decimal, e.g. &quot;waited 0.6 s, then sent again&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been written; nothing to look the rows up by, so not sent again</source>
        <extracomment>A create whose answer was lost, with no unique property to look the records up by</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may have been written, so looked up before sending again</source>
        <extracomment>A create whose answer was lost: the rows are looked up before anything is sent again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused as a whole; split in halves to find the rows at fault</source>
        <extracomment>HubSpot refused a whole batch; Batchsmith sends each half to find the rows at fault</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed</source>
        <extracomment>Rows given up on, e.g. &quot;3 rows failed&quot;</extracomment>
        <translation>
            <numerusform>%Ln row failed</numerusform>
            <numerusform>%Ln rows failed</numerusform>
        </translation>
    </message>
    <message>
        <source>token refused; the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission missing; the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily limit reached; the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>No HTTP answer came; %1 is the network error, e.g. &quot;no answer (timed out)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup %1</source>
        <extracomment>A lookup of records whose answer was lost, and what HubSpot answered it, e.g. &quot;lookup 500&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What HubSpot said, then what Batchsmith did. Example: 429 TEN_SECONDLY_ROLLING: waited 1.2 s…</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins the steps of one batch&apos;s explanation, in order</extracomment>
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
    <message>
        <source>What happened</source>
        <extracomment>Column: one line per batch saying what HubSpot answered and what Batchsmith did about it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What HubSpot answered each request of the batch, and what Batchsmith did about it</source>
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
    <message>
        <source>%1 › %2</source>
        <extracomment>A stage in a drop-down listing the stages of every pipeline: %1 is the pipeline, %2 the stage</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnMappingDialog</name>
    <message>
        <source>Row status (from a results file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID (from a results file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message (from a results file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The OK button of the mapping step</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each column of “%1” goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <extracomment>%1 is a file name such as contacts.csv</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where each pasted column goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these choices for %1</source>
        <extracomment>Check box of the mapping step; %1 is an object type such as Contacts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Not matched —</source>
        <extracomment>Entry of the target list for a column nothing was chosen for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property in the target list: %1 its label, %2 its internal name. Example: &quot;First Name (firstname)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <extracomment>Accessible name of the target list of one file column; %1 is the column&apos;s name in the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal name</source>
        <extracomment>How a file column was matched: its name is the property&apos;s internal name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>How a file column was matched: its name is the property&apos;s label</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1 is read-only in HubSpot</source>
        <extracomment>%1 is the internal name of a property HubSpot sets itself, such as hs_object_id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several properties have this label: %1</source>
        <extracomment>%1 lists internal names, such as &quot;region_a, region_b&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported from “%1”</source>
        <extracomment>%1 is the name of another column of the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No property has this name or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” now goes there instead of “%2”, which is no longer matched.</source>
        <extracomment>%1 and %2 are column names of the file; the target is the property both were set to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln column(s) not matched:&lt;/b&gt; pick a property or skip them. Columns left unmatched are not imported.</source>
        <extracomment>Summary at the top of the mapping step; %n is how many file columns have no target yet</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%Ln column not matched:&lt;/b&gt; pick a property or skip it. A column left unmatched is not imported.</numerusform>
            <numerusform>&lt;b&gt;%Ln columns not matched:&lt;/b&gt; pick a property or skip them. Columns left unmatched are not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every column is matched: %Ln will be imported.</source>
        <extracomment>Summary at the top of the mapping step when every column has a target or is skipped</extracomment>
        <translation>
            <numerusform>Every column is matched: %Ln column will be imported.</numerusform>
            <numerusform>Every column is matched: %Ln columns will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped.</source>
        <translation>
            <numerusform>%Ln skipped.</numerusform>
            <numerusform>%Ln skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a results file: each row keeps its outcome, so Retry Failed Rows sends only the failed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usual name</source>
        <extracomment>How a file column was matched: its name is what other exports usually call the property</extracomment>
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
        <source>%Ln column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%Ln column chosen</numerusform>
            <numerusform>%Ln columns chosen</numerusform>
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
        <source>Connected to portal %1 (time zone %2, %Ln scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>Connected to portal %1 (time zone %2, %Ln scope: %3).</numerusform>
            <numerusform>Connected to portal %1 (time zone %2, %Ln scopes: %3).</numerusform>
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
    <name>Batchsmith::DocumentController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The name of a draft that was never saved, in the window title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Batchsmith</source>
        <extracomment>Window title: %1 is the draft&apos;s file name (clients.batchsmith) or &quot;Untitled&quot;; [*] marks unsaved changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Draft</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Results</source>
        <extracomment>File dialog filter; keep &quot;(*.csv)&quot; as it is
----------
%1 is a file path, %2 the reason it could not be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>%1 is the draft&apos;s file name or &quot;Untitled&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>An entry of the Recent Files menu: %1 its number (1-9 get a keyboard accelerator), %2 the file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <extracomment>A progress dialog while a large draft is saved, before the window closes or another draft opens; %1 is the file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::DraftFile</name>
    <message>
        <source>The draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;Permission denied&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;No such file or directory&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: it is not valid JSON at byte %2 (%3).</source>
        <extracomment>%1 names the file, %2 is a byte offset in it, %3 the JSON parser&apos;s English message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Batchsmith draft.</source>
        <extracomment>%1 names the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer Batchsmith (draft format %2); this version opens drafts up to format %3. Update Batchsmith to open it.</source>
        <extracomment>%1 names the file, %2 the format version it has, %3 the newest version this Batchsmith reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not say which draft format it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown write mode or API version.</source>
        <extracomment>%1 names the file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 is not a property or an association.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a column</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2 has an unknown status.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 a draft may be; it is not opened.</source>
        <extracomment>%1 names the file, %2 its size, %3 the largest size a draft may have (both as &quot;512 MiB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (%4) holds a number, a boolean, null, an array or an object; a draft keeps every cell as text, such as &quot;42&quot;.</source>
        <extracomment>%1 names the file, %2 and %3 are 1-based row and column numbers, %4 the column&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Duplicate %Ln row</numerusform>
            <numerusform>Duplicate %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::GridFilterBar</name>
    <message>
        <source>All rows</source>
        <extracomment>Filter bar: which rows the grid shows</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows</source>
        <extracomment>Filter bar: rows that failed or whose outcome is unknown</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <extracomment>Filter bar: rows with a value HubSpot would refuse</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <extracomment>Filter bar: rows not sent yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created or updated rows</source>
        <extracomment>Filter bar: rows HubSpot created or updated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln rows</source>
        <extracomment>Filter bar, while a filter is on: %1 is how many rows are shown, %n how many the grid has</extracomment>
        <translation>
            <numerusform>Showing %1 of %Ln row</numerusform>
            <numerusform>Showing %1 of %Ln rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ImportController</name>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is already under way: wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Title of the message shown when an import cannot start
----------
%1 is a file name in quotes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a portal first: the columns are matched to the properties of the object type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported now. %2</source>
        <extracomment>%1 is a file name or &quot;the pasted cells&quot;, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted cells</source>
        <extracomment>Stands for the source of an import when it is a pasted block, in sentences such as &quot;%1 cannot be imported&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rows from a File</source>
        <extracomment>Title of the file dialog of File &gt; Import</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt)</source>
        <extracomment>File type filters of the import dialog; keep the patterns in parentheses</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Status bar while a file is read; %1 is its name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has column names but no rows: there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: every column was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1: %2 rows</source>
        <extracomment>Status bar while rows are imported; %1 is a file name, %2 the number of rows so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <extracomment>Status bar after an import; %1 is a file name in quotes or &quot;The pasted cells&quot;</extracomment>
        <translation>
            <numerusform>Imported %Ln row from %1.</numerusform>
            <numerusform>Imported %Ln rows from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import this large cannot be undone; use New Batch to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2, column %3: %4</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 a column number, %4 what is wrong (English, from the reader)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2: %3</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <extracomment>%1 is a file name in quotes, %2 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the grid is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: the %Ln row(s) already added were taken out again; the grid is as it was.</source>
        <translation>
            <numerusform>Import cancelled: the %Ln row already added was taken out again; the grid is as it was.</numerusform>
            <numerusform>Import cancelled: the %Ln rows already added were taken out again; the grid is as it was.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the file was saved by a program that writes Windows-1252 (such as Excel on Windows), it can be read that way instead; letters written in UTF-8 would then look wrong. Read it as Windows-1252?</source>
        <extracomment>Asked after a file could not be read as UTF-8; the text above says where the bad byte is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as Windows-1252</source>
        <extracomment>Button that reads the file again as Windows-1252</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %Ln column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>Add %Ln column</numerusform>
            <numerusform>Add %Ln columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Insert %Ln row</numerusform>
            <numerusform>Insert %Ln rows</numerusform>
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
    <message>
        <source>Every row has been sent: there is nothing to preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are being sent: wait for the run to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting results to %1… %2%</source>
        <extracomment>The status bar while a results file is written; %1 is its name, %2 the percentage written so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln row to %1.</numerusform>
            <numerusform>Exported %Ln rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1… %2%</source>
        <extracomment>The status bar while a draft is saved; %1 is its file name, %2 the percentage written so far</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>Saved %Ln row to %1.</numerusform>
            <numerusform>Saved %Ln rows to %1.</numerusform>
        </translation>
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
    <message>
        <source>Owner cells show IDs, not names: the token may not read the owners (HubSpot scope %1).</source>
        <extracomment>%1 is the HubSpot scope the token lacks (crm.objects.owners.read)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner cells show IDs, not names: the owners could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the token may not read the pipelines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the pipelines could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::PreviewDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) in %2 request(s) to %3. Each send gives objectWriteTraceId a new run id in place of “preview”; everything else is sent exactly as shown.</source>
        <extracomment>%n rows in all, %2 the number of requests, %3 the endpoint path</extracomment>
        <translation>
            <numerusform>%Ln row in %2 request(s) to %3. Each send gives objectWriteTraceId a new run id in place of “preview”; everything else is sent exactly as shown.</numerusform>
            <numerusform>%Ln rows in %2 request(s) to %3. Each send gives objectWriteTraceId a new run id in place of “preview”; everything else is sent exactly as shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln row(s) (%2–%3)</source>
        <extracomment>A batch in the preview list: %1 its number, %n its rows, %2 and %3 the first and last grid row in it. Example: &quot;Batch 2: 100 rows (101–200)&quot;</extracomment>
        <translation>
            <numerusform>Batch %1: %Ln row (%2–%3)</numerusform>
            <numerusform>Batch %1: %Ln rows (%2–%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %Ln request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>Waiting %1 s: %2 of %Ln request left in this %3-second window</numerusform>
            <numerusform>Waiting %1 s: %2 of %Ln requests left in this %3-second window</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1 of %Ln request left in this %2-second window</numerusform>
            <numerusform>%1 of %Ln requests left in this %2-second window</numerusform>
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
    <message>
        <source>&amp;Sort Ascending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort Descending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecoveryDialog</name>
    <message>
        <source>Recover Drafts</source>
        <extracomment>Title of the dialog offering drafts saved automatically before a crash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batchsmith did not close properly last time. These drafts were saved automatically. Recover one into this window; the others stay and are offered again the next time Batchsmith starts, until you recover or discard them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts saved automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <extracomment>Button: recover the selected draft into this window</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Button: delete the selected draft saved automatically</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <extracomment>Button: close, keeping every draft for the next start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1 (%Ln row(s))</source>
        <extracomment>A draft saved automatically: %1 a date and time, %n its number of rows</extracomment>
        <translation>
            <numerusform>Saved at %1 (%Ln row)</numerusform>
            <numerusform>Saved at %1 (%Ln rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2
It is left in %3.</source>
        <extracomment>A draft saved automatically that cannot be read. %1 its file name, %2 why (in English), %3 its folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ReferenceOptions</name>
    <message>
        <source>“%1” is not a stage of the pipeline “%2”: it belongs to “%3”. Choose a stage of “%2”, or change the pipeline.</source>
        <extracomment>%1 is a pipeline stage, %2 the record&apos;s pipeline, %3 the pipeline the stage belongs to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice in an owner drop-down: %1 is the owner&apos;s name, %2 the owner&apos;s email address</extracomment>
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
        <source>Remove %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Remove %Ln row</numerusform>
            <numerusform>Remove %Ln rows</numerusform>
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
        <source>Sending %Ln row(s)…</source>
        <translation>
            <numerusform>Sending %Ln row…</numerusform>
            <numerusform>Sending %Ln rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) planned.</source>
        <translation>
            <numerusform>%Ln batch planned.</numerusform>
            <numerusform>%Ln batches planned.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Cancelled after %1: %Ln row.</numerusform>
            <numerusform>Cancelled after %1: %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Finished in %1: %Ln row.</numerusform>
            <numerusform>Finished in %1: %Ln rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>%Ln request, %1 retried, %2 rate-limited.</numerusform>
            <numerusform>%Ln requests, %1 retried, %2 rate-limited.</numerusform>
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
        <source>Lookup %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>Lookup %1 · %Ln row · %2</numerusform>
            <numerusform>Lookup %1 · %Ln rows · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>Attempt %1 · %Ln row · %2</numerusform>
            <numerusform>Attempt %1 · %Ln rows · %2</numerusform>
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
    <message>
        <source>This batch&apos;s request and answer are kept in the run journal, which could not be read: %1</source>
        <extracomment>Shown instead of a batch&apos;s request and answer. %1 is why the journal could not be read.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This run has no journal, so only the latest %Ln batch(es) keep their request and answer; this batch&apos;s were not kept.</source>
        <extracomment>Shown instead of an older batch&apos;s request and answer in a run without a journal. %n is how many of the latest batches keep theirs.</extracomment>
        <translation>
            <numerusform>This run has no journal, so only the latest %Ln batch keeps its request and answer; this batch&apos;s were not kept.</numerusform>
            <numerusform>This run has no journal, so only the latest %Ln batches keep their request and answer; this batch&apos;s were not kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryController</name>
    <message numerus="yes">
        <source>A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?</source>
        <extracomment>%n rows in the run, %1 the object type&apos;s plural label (Contacts, Cars), %2 rows with an outcome, %3 rows not sent. E.g. &quot;A run of 120 Contacts stopped before it finished: 80 sent, 40 not sent. Resume it?&quot;</extracomment>
        <translation>
            <numerusform>A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?</numerusform>
            <numerusform>A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume loads its rows into a new batch and sends the rest; rows sent without an answer are checked first, so nothing is created twice. Later asks again next time. Discard stops asking; the run stays in Tools › Run History.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button of the resume question</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Button of the resume question: ask again at the next start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button of the resume question: do not ask again (the run stays in the run history)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be read: %1</source>
        <extracomment>%1 is why the run&apos;s journal could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the run of %1 started %2?</source>
        <extracomment>%1 is the object type (Contacts, Cars), %2 when the run started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln updated record(s) to their previous values.</source>
        <translation>
            <numerusform>Restore %Ln updated record to its previous values.</numerusform>
            <numerusform>Restore %Ln updated records to their previous values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln record(s) the run created.</source>
        <translation>
            <numerusform>Archive %Ln record the run created.</numerusform>
            <numerusform>Archive %Ln records the run created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) stay as they are: their values were not kept before the run.</source>
        <translation>
            <numerusform>%Ln updated record stays as it is: its values were not kept before the run.</numerusform>
            <numerusform>%Ln updated records stay as they are: their values were not kept before the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <translation>
            <numerusform>%Ln created record cannot be archived: HubSpot&apos;s answer did not give its id.</numerusform>
            <numerusform>%Ln created records cannot be archived: HubSpot&apos;s answer did not give their id.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why the run&apos;s journal could not be read
----------
%1 is why the revert could not start</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the revert confirmation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account with a token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revert could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryDialog</name>
    <message>
        <source>Reading the run journals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: every batch sent from now on is listed here.</source>
        <extracomment>%n is the number of past runs listed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s).</source>
        <translation>
            <numerusform>%Ln run.</numerusform>
            <numerusform>%Ln runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run has been reverted already: see the revert run in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Run Results</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why HubSpot stopped the revert, in its words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revert finished: %Ln record(s) restored or archived.</source>
        <translation>
            <numerusform>Revert finished: %Ln record restored or archived.</numerusform>
            <numerusform>Revert finished: %Ln records restored or archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be reverted: see the revert run&apos;s rows.</source>
        <translation>
            <numerusform>%Ln record could not be reverted: see the revert run&apos;s rows.</numerusform>
            <numerusform>%Ln records could not be reverted: see the revert run&apos;s rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>The revert stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryModel</name>
    <message>
        <source>%1 s</source>
        <extracomment>A short duration in seconds with one decimal, e.g. &quot;4.2 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds (two digits), e.g. &quot;3 min 05 s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A long duration: %1 hours, %2 minutes (two digits), e.g. &quot;1 h 02 min&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>State of a past run: every row has an outcome</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>State of a past run: it was cancelled or the window closed with rows not sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>State of a past run: the app stopped during the run (crash, power loss); it can be resumed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of this run has an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent. Resume sends them.</source>
        <translation>
            <numerusform>%Ln row was not sent. Resume sends it.</numerusform>
            <numerusform>%Ln rows were not sent. Resume sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The app stopped during this run with %Ln row(s) not sent. Resume sends them; rows sent without an answer are checked first.</source>
        <translation>
            <numerusform>The app stopped during this run with %Ln row not sent. Resume sends it; rows sent without an answer are checked first.</numerusform>
            <numerusform>The app stopped during this run with %Ln rows not sent. Resume sends them; rows sent without an answer are checked first.</numerusform>
        </translation>
    </message>
    <message>
        <source>revert</source>
        <extracomment>Mode of a past run that undid another run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upsert</source>
        <extracomment>Mode of a past run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Includes %Ln row(s) sent without a known outcome.</source>
        <extracomment>%n rows were sent but their answer was lost</extracomment>
        <translation>
            <numerusform>Includes %Ln row sent without a known outcome.</numerusform>
            <numerusform>Includes %Ln rows sent without a known outcome.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header: when a run started</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>Column header: the HubSpot account (portal id)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the object type written (Contacts, Companies, …)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column header: create, upsert or revert</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: number of records created</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column header: number of records updated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column header: number of rows that failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Sent</source>
        <extracomment>Column header: number of rows not sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the run took</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: finished, stopped or interrupted</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunRowsModel</name>
    <message>
        <source>Created</source>
        <extracomment>Outcome of a row: a record was created</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Outcome of a row: a record was updated</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome of a row: HubSpot refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of a row: sent, but the answer was lost</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome of a row: not sent (yet)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column header: the row&apos;s number in the run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column header: created, updated, failed, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Column header: the HubSpot record id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Column header: HubSpot&apos;s error message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SandboxCountersDialog</name>
    <message>
        <source>Sandbox Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by HTTP status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records by object type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates created: %1 (must stay 0)</source>
        <extracomment>%1 is a count that must stay 0: records the sandbox created twice because a request was sent twice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests; %2 records created, %3 updated; %4 rate-limited (429); %5 faults injected</source>
        <extracomment>Sandbox totals. %1 requests, %2 records created, %3 updated, %4 answers 429, %5 faults injected</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <extracomment>Menu shown while the account in use is a sandbox (a local imitation of HubSpot)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded, and clear its counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by status, records by type and duplicates created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox scenario: %1</source>
        <extracomment>%1 is a scenario&apos;s name from the Sandbox menu, e.g. Lost Answers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Sandbox Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded? Every record created or changed since is removed, and its counters start again. The scenario stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal was not reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal is as it was seeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>%1 says what failed, %2 is the sandbox&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::ScenarioPresets</name>
    <message>
        <source>Normal</source>
        <extracomment>Sandbox menu, scenario: everything answers as usual</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate-Limit Storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flaky Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Limit Reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox answers every request at once, as a healthy HubSpot portal does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer takes a second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every fourth batch request gets 429 TEN_SECONDLY_ROLLING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every third batch is written, then answered 502, as when a proxy loses the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some batch requests get 500 or 503 before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every tenth input is refused: the batch gets 207 and the other inputs are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request gets 401, as with a revoked token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request gets 429 DAILY: the account&apos;s daily limit is used up.</source>
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
    <message>
        <source>The run journal could not be written, so nothing was sent: %1</source>
        <extracomment>%1 is why the file could not be written, e.g. &quot;disk full&quot;
----------
%1 is why the run journal could not be written</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run journal could not be opened: %1</source>
        <extracomment>%1 is why the run journal could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run journal could not be read: %1</source>
        <extracomment>%1 is why the run journal could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of this run has an outcome: nothing is left to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values this run would overwrite could not be read, so nothing was sent: %1</source>
        <extracomment>%1 is why HubSpot did not answer, in its words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending stopped because the run journal could not be written: %1
The rows not sent yet are still in the grid.</source>
        <extracomment>%1 is why the run journal could not be written, e.g. &quot;disk full&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is being sent in this window. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run that this window is sending right now</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli (process ID %1). Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is the process ID of the other Batchsmith window or batchsmith-cli, a plain number such as 4242 (no digit grouping)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run went to the sandbox on this computer, but the account in use is a HubSpot account. Choose the sandbox&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run went to HubSpot (%1), but the account in use is the sandbox on this computer. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is where the run went, e.g. api.hubapi.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run went to %1, but the account in use sends to %2. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are host names, e.g. api.hubapi.com</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run went to portal %1, but the account in use is portal %2. Choose that portal&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are HubSpot portal (account) ids</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the run journal %1 could not be written (%2). Nothing is lost: free some disk space, then resume the run, or cancel it.</source>
        <extracomment>Shown beside a paused run. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run journal %1 could not be written (%2). The outcomes are in the grid.</source>
        <extracomment>Shown beside a run that is stopping. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendPresenter</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows sent</source>
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
        <source>… and %Ln more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %Ln problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>Nothing was sent: %Ln problem to fix first.</numerusform>
            <numerusform>Nothing was sent: %Ln problems to fix first.</numerusform>
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
        <source>Cancelled: %Ln row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>Cancelled: %Ln row was not sent.</numerusform>
            <numerusform>Cancelled: %Ln rows were not sent.</numerusform>
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
        <source>%Ln row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>%Ln cell to fix</numerusform>
            <numerusform>%Ln cells to fix</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln created</numerusform>
            <numerusform>%Ln created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>%Ln unknown</numerusform>
            <numerusform>%Ln unknown</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has an unknown outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln row(s) with an unknown outcome again as new records, without looking them up?

Their earlier answers were lost, and looking them up could not prove whether their earlier send wrote them. Every one HubSpot did write will exist twice. Check them in HubSpot first; Retry Failed Rows looks them up instead.</source>
        <extracomment>Confirmation before creating rows again without looking them up; %n is the number of rows</extracomment>
        <translation>
            <numerusform>Create %Ln row with an unknown outcome again as a new record, without looking it up?

Its earlier answer was lost, and looking it up could not prove whether its earlier send wrote it. If HubSpot did write it, it will exist twice. Check it in HubSpot first; Retry Failed Rows looks it up instead.</numerusform>
            <numerusform>Create %Ln rows with an unknown outcome again as new records, without looking them up?

Their earlier answers were lost, and looking them up could not prove whether their earlier send wrote them. Every one HubSpot did write will exist twice. Check them in HubSpot first; Retry Failed Rows looks them up instead.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Unknown Rows Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Again</source>
        <extracomment>Button of the confirmation before creating unknown rows again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are unknown: HubSpot may have them, so they were not sent again. Check them in HubSpot, or use Send Unknown Rows Again.</source>
        <extracomment>%n rows whose answer was lost and that could not be looked up</extracomment>
        <translation>
            <numerusform>%Ln row is unknown: HubSpot may have it, so it was not sent again. Check it in HubSpot, or use Send Unknown Rows Again.</numerusform>
            <numerusform>%Ln rows are unknown: HubSpot may have them, so they were not sent again. Check them in HubSpot, or use Send Unknown Rows Again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress bar text while a big run is checked and written to its run journal, before its first request; %1 is a percentage such as 42</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the run…</source>
        <extracomment>Shown while a big run is checked and written to its run journal, before its first request</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>Paste %Ln cell</numerusform>
            <numerusform>Paste %Ln cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>Clear %Ln cell</numerusform>
            <numerusform>Clear %Ln cells</numerusform>
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
    <name>Batchsmith::SortRecordsCommand</name>
    <message>
        <source>Sort by %1, ascending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
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
    <name>Batchsmith::TextDecoder</name>
    <message>
        <source>%1 is not UTF-8; read it as Windows-1252.</source>
        <extracomment>Shown after opening a file: %1 is the file name, e.g. &quot;rows.csv is not UTF-8; read it as Windows-1252.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
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
    <message>
        <source>The built-in sandbox accepts only its own token, made for this installation: %1.</source>
        <extracomment>%1 is the start and end of the sandbox&apos;s token, made at random for this installation, e.g. sandbox-…9f3a</extracomment>
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
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the property each column of the file goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns left to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only columns &amp;not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only columns not matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of the file and where they go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember these choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded. Automatic reads UTF-8, UTF-16 with a byte order mark, and Windows-1252 when the text is plain ASCII up to its first byte that is not UTF-8. Choosing another encoding reads the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
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
    <name>GridFilterBar</name>
    <message>
        <source>Shows only the rows with this text in a value, a record ID or an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to show</source>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved draft (.batchsmith)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft: batch choices, columns, rows and their outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the grid and each row’s outcome as CSV, as batchsmith-cli --results does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view Requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the JSON bodies that sending the rows not sent yet would post, batch by batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add rows from a CSV or TSV file, or from a results file of an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs: their rows and outcomes; export, resume or revert them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the rows that failed again; unknown rows are looked up first and sent only if HubSpot certainly does not have them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Unknown Rows Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the rows whose outcome is unknown again, without looking them up: those HubSpot did write are created twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview Requests</source>
        <comment>Title of the dialog that shows the JSON bodies a send would post</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected batch’s JSON body to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy every request, each as its request line and JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
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
    <message>
        <source>What HubSpot answered each request of this batch, and what Batchsmith did about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to this batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Reverting run %1:</source>
        <extracomment>First sentence of the revert confirmation; %1 is the run id, e.g. &quot;3f2a9c0d1b7e&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will get back the values they had before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln record will get back the values it had before the run.</numerusform>
            <numerusform>%Ln records will get back the values they had before the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) that the run created will be archived.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln record that the run created will be archived.</numerusform>
            <numerusform>%Ln records that the run created will be archived.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) will be left as they are: their values were not read before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln updated record will be left as it is: its values were not read before the run.</numerusform>
            <numerusform>%Ln updated records will be left as they are: their values were not read before the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln created record cannot be archived: HubSpot&apos;s answer did not give its id.</numerusform>
            <numerusform>%Ln created records cannot be archived: HubSpot&apos;s answer did not give their id.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) marked created were not sent by this run and will be left as they are.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln record marked created was not sent by this run and will be left as it is.</numerusform>
            <numerusform>%Ln records marked created were not sent by this run and will be left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistoryDialog</name>
    <message>
        <source>Run History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Past runs, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ows of the selected run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the selected run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected run&apos;s rows and outcomes to a CSV results file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder where the run journals are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the run into the grid and send the rows it did not send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
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
    <message>
        <source>&amp;Keep the values an upsert overwrites, so it can be reverted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upsert changes existing records, read their current values into the run&apos;s journal. Tools › Run History can then put them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the values an upsert overwrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most batch requests on their way at the same time. Automatic keeps as many as HubSpot&apos;s rate limit allows at the current response time (up to 32); a number only sets an upper bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>Batches in parallel: as many as the rate limit allows</comment>
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
    <message>
        <source>The settings file %1 could not be made readable only by you, so tokens are not written to it: they are kept in memory until Batchsmith quits.</source>
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
    <message>
        <source>A draft (.batchsmith) to open.</source>
        <extracomment>Help of the command line: the optional draft file to open</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
