<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>, </source>
        <extracomment>Separates the option values in a list, as in &quot;lead, customer, evangelist&quot;.</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 has no options.</source>
        <extracomment>%1 is the value typed in a cell, %2 the property label, e.g. &quot;“gold” cannot be set: Tier has no options.&quot;</extracomment>
        <translation>「%1」は設定できません: %2にはオプションがありません。</translation>
    </message>
    <message>
        <source>“%1” is not an option value of %2; did you mean “%3”?</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the internal value that HubSpot expects instead.</extracomment>
        <translation>「%1」は%2のオプション値ではありません。「%3」のことですか？</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not one of the options of %3: %4.</source>
        <extracomment>%1 is one part of a multi-checkbox value, %2 the whole value, %3 the property label, %4 the list of option values, e.g. &quot;“gold” in “silver;gold” is not one of the options of Tier: silver, bronze.&quot;</extracomment>
        <translation>「%2」内の「%1」は%3のオプションではありません。オプション: %4</translation>
    </message>
    <message>
        <source>“%1” is not one of the options of %2: %3.</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the list of option values, e.g. &quot;“gold” is not one of the options of Lifecycle stage: lead, customer…&quot;</extracomment>
        <translation>「%1」は%2のオプションではありません。オプション: %3</translation>
    </message>
    <message>
        <source>“%1” is not a number that %2 accepts: use digits, an optional sign and at most one decimal point, as in 1234.5.</source>
        <extracomment>%1 is the value typed, %2 the property label. The example number is written as HubSpot wants it.</extracomment>
        <translation>「%1」は%2で使用できる数値ではありません。数字、省略可能な符号、1つまでの小数点を使用してください(例: 1234.5)。</translation>
    </message>
    <message>
        <source>“%1” is at %2 UTC, not midnight: %3 needs a date as YYYY-MM-DD or as milliseconds at midnight UTC.</source>
        <extracomment>%1 is the value typed (milliseconds since 1970), %2 the time of day it stands for, e.g. 04:10:33.600, %3 the property label. HubSpot stores dates as midnight UTC.</extracomment>
        <translation>「%1」はUTCの%2で、午前0時ではありません。%3にはYYYY-MM-DD形式の日付、またはUTC午前0時のミリ秒値が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a date on the calendar, so %2 cannot take it.</source>
        <extracomment>%1 is the value typed, e.g. 2024-02-30, %2 the property label.</extracomment>
        <translation>「%1」は暦に存在しない日付のため、%2に設定できません。</translation>
    </message>
    <message>
        <source>“%1” is not a date that %2 accepts: use YYYY-MM-DD, as in 2024-05-01.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep YYYY-MM-DD as it is: it is the format HubSpot reads.</extracomment>
        <translation>「%1」は%2で使用できる日付ではありません。YYYY-MM-DD形式で入力してください(例: 2024-05-01)。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time that %2 accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, or milliseconds since 1970.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep the example as it is: it is the format HubSpot reads.</extracomment>
        <translation>「%1」は%2で使用できる日時ではありません。ISO 8601形式(例: 2024-05-01T14:30:00Z)または1970年からのミリ秒値で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an email address, which %2 needs.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“ann@example” is not an email address, which Email needs.&quot;</extracomment>
        <translation>「%1」はメールアドレスではありません。%2にはメールアドレスが必要です。</translation>
    </message>
</context>
<context>
    <name>BatchSetupWidget</name>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>アカウントプロファイル</translation>
    </message>
    <message>
        <source>The HubSpot account (token profile) the batch is sent to</source>
        <translation>バッチの送信先のHubSpotアカウント(トークンプロファイル)</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>管理(&amp;M)…</translation>
    </message>
    <message>
        <source>Manage account profiles and tokens</source>
        <translation>アカウントプロファイルとトークンを管理</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>リクエストの送信先</translation>
    </message>
    <message>
        <source>&amp;Object type:</source>
        <translation>オブジェクトタイプ(&amp;O):</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>オブジェクトタイプ</translation>
    </message>
    <message>
        <source>Pick a standard or custom object type, or type an objectTypeId such as 2-123456</source>
        <translation>標準またはカスタムのオブジェクトタイプを選択するか、objectTypeId(例: 2-123456)を入力します</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>アクション(&amp;C):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Create adds new records; upsert updates the record whose unique property matches, or creates it</source>
        <translation>「作成」は新しいレコードを追加します。「作成または更新」は一意のプロパティーが一致するレコードを更新し、一致するレコードがなければ作成します</translation>
    </message>
    <message>
        <source>Match &amp;on:</source>
        <translation>照合キー(&amp;U):</translation>
    </message>
    <message>
        <source>Unique property to match on</source>
        <translation>照合に使う一意のプロパティー</translation>
    </message>
    <message>
        <source>Upsert finds existing records by this unique-value property</source>
        <translation>作成または更新では、この一意の値のプロパティーで既存のレコードを検索します</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>API(&amp;P):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>APIバージョン</translation>
    </message>
    <message>
        <source>The HubSpot API version the requests use</source>
        <translation>リクエストで使用するHubSpot APIのバージョン</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchListModel</name>
    <message>
        <source>%1 (lookup)</source>
        <extracomment>Batch number column when the batch&apos;s latest request looked up records whose answer was lost. %1 is the batch number. Example: &quot;3 (lookup)&quot;</extracomment>
        <translation>%1 (照会)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <extracomment>HTTP status column when no HTTP answer came. %1 is the network error, e.g. &quot;timed out&quot;.</extracomment>
        <translation>応答なし(%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of one request in milliseconds. %1 is a localised number, e.g. &quot;1,234 ms&quot;.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>未送信です。</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>送信済み。応答を待っています。</translation>
    </message>
    <message>
        <source>Every row of this batch was written.</source>
        <translation>このバッチのすべての行が書き込まれました。</translation>
    </message>
    <message>
        <source>Some rows of this batch were refused; the others were written.</source>
        <translation>このバッチの一部の行が拒否されました。その他の行は書き込まれました。</translation>
    </message>
    <message>
        <source>This request failed and will be tried again.</source>
        <translation>このリクエストは失敗しました。再試行されます。</translation>
    </message>
    <message>
        <source>This batch failed.</source>
        <translation>このバッチは失敗しました。</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>応答を受け取る前にキャンセルされました。</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of batch numbers; keep very short.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTPステータス</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>バッチステータス</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Limit left</source>
        <extracomment>Column: requests left in the rate-limit window after this answer; keep short.</extracomment>
        <translation>残り回数</translation>
    </message>
    <message>
        <source>Batch number, in the order of the plan</source>
        <translation>バッチ番号(計画の順序)</translation>
    </message>
    <message>
        <source>How many times the batch was sent again</source>
        <translation>バッチを再送信した回数</translation>
    </message>
    <message>
        <source>Requests left in the rate-limit window after this answer</source>
        <translation>この応答の後、レート制限の時間枠内に残っているリクエスト数</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchSetupWidget</name>
    <message>
        <source>Type or id, e.g. 2-123456</source>
        <extracomment>Placeholder of the object type picker, where an objectTypeId can be typed</extracomment>
        <translation>タイプまたはID(例: 2-123456)</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Action of a batch: create new records (HubSpot&apos;s batch create)</extracomment>
        <translation>作成</translation>
    </message>
    <message>
        <source>Create or update (upsert)</source>
        <extracomment>Action of a batch: update existing records or create them (HubSpot&apos;s batch upsert)</extracomment>
        <translation>作成または更新(upsert)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>An API version; %1 is its name such as 2026-03</extracomment>
        <translation>%1 (最新)</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (レガシー)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An object type in the picker: %1 its plural label (Contacts), %2 its objectTypeId (0-1)
----------
A unique property in the upsert picker: %1 its label (Email), %2 its internal name (email)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No unique property</source>
        <translation>一意のプロパティーなし</translation>
    </message>
</context>
<context>
    <name>Batchsmith::CellDelegate</name>
    <message>
        <source>(empty)</source>
        <extracomment>First entry of a drop-down cell editor; choosing it leaves the cell empty</extracomment>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <extracomment>Display format of the date-time cell editor (Qt date format); keep &quot;UTC&quot;: the value is in UTC</extracomment>
        <translation>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Record ids, separated by ;</source>
        <extracomment>Placeholder of an association cell editor: HubSpot record ids of the associated records</extracomment>
        <translation>レコードID(;区切り)</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnPickerDialog</name>
    <message>
        <source>This property is archived: HubSpot does not accept values for it.</source>
        <translation>このプロパティーはアーカイブされています。HubSpotはこのプロパティーの値を受け付けません。</translation>
    </message>
    <message>
        <source>HubSpot calculates this property: it cannot be written.</source>
        <translation>このプロパティーはHubSpotが計算します。書き込むことはできません。</translation>
    </message>
    <message>
        <source>This property is read-only: HubSpot sets its value itself.</source>
        <translation>このプロパティーは読み取り専用です。値はHubSpotが設定します。</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Column headers of the property list in the column picker</extracomment>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>内部名</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>This property is already a column of the grid.</source>
        <translation>このプロパティーは既にグリッドの列になっています。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the list of association labels while they are fetched from HubSpot</extracomment>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>No association types to show.</source>
        <extracomment>Shown when HubSpot lists no association types between the two object types (or could not be asked)</extracomment>
        <translation>表示する関連付けタイプがありません。</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <extracomment>An association type without a label (HubSpot&apos;s default one)</extracomment>
        <translation>ラベルなし</translation>
    </message>
    <message>
        <source>Column %1</source>
        <extracomment>Tooltip of an association label; %1 is the column name in files, e.g. &quot;assoc:companies:1&quot;</extracomment>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>This association is already a column of the grid.</source>
        <translation>この関連付けは既にグリッドの列になっています。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%n列を選択済み</numerusform>
        </translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>複数行テキスト</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>リッチテキスト</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Single checkbox</source>
        <translation>単一チェックボックス</translation>
    </message>
    <message>
        <source>Multiple checkboxes</source>
        <translation>複数チェックボックス</translation>
    </message>
    <message>
        <source>Radio select</source>
        <translation>ラジオセレクト</translation>
    </message>
    <message>
        <source>Dropdown select</source>
        <translation>ドロップダウン選択</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>Date picker</source>
        <translation>日付選択</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日付と時刻</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>1行テキスト</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ConnectionTest</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Connected to portal %1 (time zone %2; the portal did not say which scopes the token has).</source>
        <extracomment>%1 portal id (12345678), %2 its time zone (US/Eastern)</extracomment>
        <translation>ポータル%1に接続しました(タイムゾーン: %2。トークンのスコープはポータルから返されませんでした)。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to portal %1 (time zone %2, %n scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>ポータル%1に接続しました(タイムゾーン: %2、スコープ%n件: %3)。</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>詳細なし</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2 (correlation ID %3)</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message, %3 HubSpot&apos;s correlation id (a UUID) for its support</extracomment>
        <translation>接続に失敗しました: HTTP %1、%2(相関ID: %3)</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message</extracomment>
        <translation>接続に失敗しました: HTTP %1、%2</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 what went wrong, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>接続に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>%n行を複製</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>%n列を追加</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>%n行を挿入</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>About Batchsmith</source>
        <extracomment>Title of the About box</extracomment>
        <translation>Batchsmithについて</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;HubSpot CRMレコードのバッチを作成して送信します。&lt;/p&gt;&lt;p&gt;GNU一般公衆利用許諾書バージョン3以降のもとで提供されています。&lt;/p&gt;&lt;p&gt;Qt %2でビルドされています。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation>新しいバッチ</translation>
    </message>
    <message>
        <source>Start an empty batch? The rows in the grid are removed; you can undo this.</source>
        <translation>空のバッチを開始しますか？グリッドの行は削除されます。この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新しいバッチ</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>送信済みの行</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Batchsmithを終了</translation>
    </message>
    <message>
        <source>A batch is being sent. If you quit now, the rows not sent yet stay unsent and the batches in flight may still be written by HubSpot without Batchsmith seeing the answer. Quit anyway?</source>
        <translation>バッチを送信中です。今終了すると、未送信の行は送信されないまま残り、送信中のバッチはBatchsmithが応答を確認できないままHubSpotに書き込まれる可能性があります。終了しますか？</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <extracomment>%1 is the name of an account profile, %2 why it cannot be used</extracomment>
        <translation>「%1」を使用できません: %2</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1: nothing reaches a real HubSpot account.</source>
        <extracomment>%1 is the local address of the built-in sandbox, such as http://127.0.0.1:53211</extracomment>
        <translation>組み込みサンドボックス(%1): 実際のHubSpotアカウントには何も送信されません。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a host name such as api.hubapi.com</extracomment>
        <translation>%1に接続中…</translation>
    </message>
    <message>
        <source>%1: portal %2</source>
        <extracomment>%1 is a profile name, %2 a HubSpot portal (account) id</extracomment>
        <translation>%1: ポータル%2</translation>
    </message>
    <message>
        <source>Change Object Type</source>
        <extracomment>Title of the question asked before the grid switches to another object type</extracomment>
        <translation>オブジェクトタイプの変更</translation>
    </message>
    <message>
        <source>The grid’s columns are properties of another object type. Switch to %1 and start a new grid? You can undo this.</source>
        <extracomment>%1 is the object type chosen, such as Company</extracomment>
        <translation>グリッドの列は別のオブジェクトタイプのプロパティーです。%1に切り替えて新しいグリッドを開始しますか？この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Change object type</source>
        <translation>オブジェクトタイプの変更</translation>
    </message>
    <message>
        <source>The properties of %1 could not be read: %2</source>
        <extracomment>%1 is an object type, %2 HubSpot&apos;s error message</extracomment>
        <translation>%1のプロパティーを読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>A problem in the list: %1 row number, %2 column title, %3 what is wrong</extracomment>
        <translation>行%1、%2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem in the list: %1 row number, %2 what is wrong</extracomment>
        <translation>行%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>…ほか%n件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>送信されませんでした: 先に修正が必要な問題が%n件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be sent.</source>
        <translation>すべてのセルを送信できます。</translation>
    </message>
    <message>
        <source>Every row has been sent. Add rows, or use Retry Failed Rows for the ones that failed.</source>
        <translation>すべての行が送信済みです。行を追加するか、失敗した行には「失敗した行を再試行」を使用してください。</translation>
    </message>
    <message>
        <source>No row has failed.</source>
        <translation>失敗した行はありません。</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>開始中…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress bar text: %1 rows done, %2 rows in all</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 rows/s, about %2 left</source>
        <extracomment>%1 rows per second, %2 a duration such as &quot;3 minutes&quot;</extracomment>
        <translation>%1行/秒、残り約%2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1行/秒</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>キャンセルしました: %n行が送信されませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending Stopped</source>
        <extracomment>Title of the message shown when HubSpot stopped a run (expired token, daily limit…)</extracomment>
        <translation>送信の停止</translation>
    </message>
    <message>
        <source>HubSpot refused to go on: %1
The rows not sent yet are still in the grid; fix the cause and send again.</source>
        <extracomment>%1 is why the run stopped, in HubSpot&apos;s words</extracomment>
        <translation>HubSpotが処理の続行を拒否しました: %1
未送信の行はグリッドに残っています。原因を修正してから再度送信してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%n行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>要修正セル%n個</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>作成%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>失敗%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>不明%n件</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>再開(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>やり直し: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
</context>
<context>
    <name>Batchsmith::MultiValueEditor</name>
    <message>
        <source>Chosen options</source>
        <extracomment>Accessible name of the list of checkboxes that edits a multiple-checkbox cell</extracomment>
        <translation>選択したオプション</translation>
    </message>
</context>
<context>
    <name>Batchsmith::PortalCatalog</name>
    <message>
        <source>Contact</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>コンタクト</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>取引</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>商品項目</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>商品項目</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>見積もり</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>コミュニケーション</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>フィードバック送信</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>フィードバック送信</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A meeting logged on a CRM record (HubSpot object type).</extracomment>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>ミーティング</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A phone call logged on a CRM record (HubSpot object type).</extracomment>
        <translation>コール</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>コール</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>An email logged on a CRM record (HubSpot object type), not an email address.</extracomment>
        <translation>Eメール</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>Eメール</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>割引</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>税</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>郵便物</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>リード</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>カート</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>カート</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>コース</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>リスティング</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>予約</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>プロジェクト</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>プロジェクト</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation>レート制限はまだ不明です(応答がありません)</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %n request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1秒待機中: %3秒間の上限%n件のうち残り%2件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%2秒間の上限%n件のうち残り%1件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableModel</name>
    <message>
        <source>“%1” is not a HubSpot record ID: record IDs are whole numbers, such as 51234.</source>
        <extracomment>Problem of an association cell: %1 is what was typed instead of a record ID.</extracomment>
        <translation>「%1」はHubSpotのレコードIDではありません。レコードIDは51234のような整数です。</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent yet</extracomment>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot created the record</extracomment>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot updated an existing record</extracomment>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot refused it</extracomment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row status</comment>
        <extracomment>Status of a row whose answer was lost: it may or may not have been written</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent (e.g. the run was cancelled)</extracomment>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Header of the grid&apos;s first column: each row&apos;s outcome (Pending, Created, Failed…)</extracomment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Header of the column showing the HubSpot ID of the created or updated record</extracomment>
        <translation>レコードID</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Header of the grid&apos;s last column: HubSpot&apos;s error message for the row</extracomment>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Grid context menu</extracomment>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Grid context menu</extracomment>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <extracomment>Grid context menu: empties the selected cells</extracomment>
        <translation>セルをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <extracomment>Grid context menu</extracomment>
        <translation>上に行を挿入(&amp;A)</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <extracomment>Grid context menu</extracomment>
        <translation>下に行を挿入(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>行を複製(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>行を削除(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveColumnCommand</name>
    <message>
        <source>Remove column “%1”</source>
        <extracomment>Undo/redo menu entry; %1 is the column title, e.g. &quot;Undo Remove column “Email”&quot;</extracomment>
        <translation>列「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveRecordsCommand</name>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>%n行を削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ResponseView</name>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds. %1 is a localised number, e.g. &quot;850 ms&quot;.</extracomment>
        <translation>%1ミリ秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds. %1 is a localised number, e.g. &quot;4.2 s&quot;.</extracomment>
        <translation>%1秒</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>%n行を送信中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) planned.</source>
        <translation>
            <numerusform>%n件のバッチを計画しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>%1後にキャンセルしました: %n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation>%1後に停止しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>%1で完了しました: %n行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation>作成%1、更新%2、失敗%3、不明%4、スキップ%5。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>リクエスト%n件(再試行%1件、レート制限%2件)。</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message numerus="yes">
        <source>Lookup %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>照会%1 · %n行 · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>試行%1 · %n行 · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>応答を待っています…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <extracomment>%1 is the network error, e.g. &quot;timed out&quot; or &quot;Connection refused&quot;.</extracomment>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>Include the token?</source>
        <translation>トークンを含めますか？</translation>
    </message>
    <message>
        <source>The copied command will contain your private app token. Anyone who sees it can read and change your HubSpot records until you rotate the token. Include it anyway?</source>
        <translation>コピーしたコマンドには非公開アプリのトークンが含まれます。これを見た人は誰でも、トークンをローテーションするまでHubSpotのレコードを読み取り、変更できます。それでも含めますか？</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command; it reads the token from $HUBSPOT_TOKEN.</source>
        <extracomment>%1 is the batch number. The token is read from the HUBSPOT_TOKEN shell variable.</extracomment>
        <translation>バッチ%1のリクエストをcURLコマンドとしてコピーしました。トークンは$HUBSPOT_TOKENから読み取られます。</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command, with your token.</source>
        <extracomment>%1 is the batch number.</extracomment>
        <translation>バッチ%1のリクエストをトークン付きのcURLコマンドとしてコピーしました。</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendController</name>
    <message>
        <source>“%1” is not an object type that takes batch writes.</source>
        <extracomment>%1 is what was typed as the object type</extracomment>
        <translation>「%1」はバッチ書き込みに対応したオブジェクトタイプではありません。</translation>
    </message>
    <message>
        <source>The grid has no columns: add the properties to send.</source>
        <translation>グリッドに列がありません。送信するプロパティーを追加してください。</translation>
    </message>
    <message>
        <source>Choose the unique property that upsert matches records on.</source>
        <translation>作成または更新でレコードの照合に使う一意のプロパティーを選択してください。</translation>
    </message>
    <message>
        <source>Upsert matches on “%1”, but the grid has no such column.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>作成または更新は「%1」で照合しますが、グリッドにその列がありません。</translation>
    </message>
    <message>
        <source>Upsert needs a value in “%1” to find the record.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>作成または更新でレコードを見つけるには「%1」に値が必要です。</translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation>バッチは既に送信中です。</translation>
    </message>
    <message>
        <source>There is no row to send.</source>
        <translation>送信する行がありません。</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>%n個のセルを貼り付け</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>%n個のセルをクリア</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/redo menu entry after editing one cell; %1 is the column title, e.g. &quot;Undo Edit “First name”&quot;</extracomment>
        <translation>「%1」を編集</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SettingsDialog</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the language list: use the language of the operating system</extracomment>
        <translation>システムの既定</translation>
    </message>
</context>
<context>
    <name>Batchsmith::TableColumn</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Header of an association column: %1 is the target object (&quot;Company&quot;), %2 the association label (&quot;Primary&quot;). Example: &quot;Company (Primary)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Batchsmith::TokenManagerDialog</name>
    <message>
        <source>Enter a full address, such as https://api.hubapi.com.</source>
        <translation>完全なアドレスを入力してください(例: https://api.hubapi.com)。</translation>
    </message>
    <message>
        <source>Use https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>httpsを使用してください。httpはこのコンピューター(127.0.0.1、::1、localhost)でのみ使用できます。</translation>
    </message>
    <message>
        <source>Leave out any user name, password, query (?…) or fragment (#…).</source>
        <translation>ユーザー名、パスワード、クエリー(?…)、フラグメント(#…)は含めないでください。</translation>
    </message>
    <message>
        <source>2026-03 is HubSpot&apos;s dated API; v3 is the older, undated one.</source>
        <translation>2026-03はHubSpotの日付付きAPI、v3は日付のない旧バージョンです。</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(名前なし)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A profile in the list, marked as the one the app starts with; %1 is its name</extracomment>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>The app&apos;s built-in sandbox, a local imitation of HubSpot; its address changes at each start.</source>
        <translation>アプリ組み込みのサンドボックス(HubSpotのローカル模擬環境)です。アドレスは起動するたびに変わります。</translation>
    </message>
    <message>
        <source>The built-in sandbox uses its own token, %1.</source>
        <extracomment>%1 is the sandbox&apos;s fixed token, e.g. demo-all-scopes (not a secret)</extracomment>
        <translation>組み込みサンドボックスは専用のトークン%1を使用します。</translation>
    </message>
    <message>
        <source>New token %1, kept when you save.</source>
        <extracomment>%1 is the start and end of the token, e.g. pat-na1-…5555</extracomment>
        <translation>新しいトークン%1。保存すると保持されます。</translation>
    </message>
    <message>
        <source>Stored token: %1. Type a new one to replace it.</source>
        <extracomment>%1 is the start and end of the stored token, e.g. pat-na1-…5555</extracomment>
        <translation>保存済みのトークン: %1。置き換えるには新しいトークンを入力してください。</translation>
    </message>
    <message>
        <source>No token yet. Paste the access token of your HubSpot private app.</source>
        <translation>トークンがまだありません。HubSpot非公開アプリのアクセストークンを貼り付けてください。</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>保存済み(入力すると置換)</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>トークンを非表示</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A name made unique by a number, e.g. &quot;New profile 2&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新しいプロファイル</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a copied profile; %1 is the original&apos;s name</extracomment>
        <translation>%1 (コピー)</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its token? This takes effect when you save.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>プロファイル「%1」とそのトークンを削除しますか？保存すると反映されます。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>Another profile is already named “%1”.</source>
        <extracomment>%1 is the name typed, which another profile already has</extracomment>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>Save Profiles</source>
        <extracomment>Title of the message shown when a profile cannot be saved</extracomment>
        <translation>プロファイルの保存</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 why it could not be saved (English, from the storage layer)</extracomment>
        <translation>プロファイル「%1」を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save your changes to the token profiles before closing?</source>
        <translation>閉じる前にトークンプロファイルの変更を保存しますか？</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>組み込みサンドボックスが実行されていません。</translation>
    </message>
    <message>
        <source>Enter the token first.</source>
        <translation>先にトークンを入力してください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ValueValidator</name>
    <message>
        <source>“%1” cannot be set: %2 is archived in HubSpot.</source>
        <extracomment>%1 is the value typed, %2 the property label.</extracomment>
        <translation>「%1」は設定できません: %2はHubSpotでアーカイブされています。</translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 is read-only: HubSpot computes it.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“12” cannot be set: Record ID is read-only: HubSpot computes it.&quot;</extracomment>
        <translation>「%1」は設定できません: %2は読み取り専用です(HubSpotが計算します)。</translation>
    </message>
    <message>
        <source>The value of %1 is %L2 characters long; HubSpot accepts at most %L3.</source>
        <extracomment>%1 is the property label, %2 the length of the value, %3 HubSpot&apos;s limit (65,536).</extracomment>
        <translation>%1の値は%L2文字です。HubSpotが受け付けるのは最大%L3文字です。</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2: use true or false.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep true and false in English: HubSpot reads them.</extracomment>
        <translation>「%1」は%2の値ではありません。trueまたはfalseを使用してください。</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Add Columns</source>
        <translation>列の追加</translation>
    </message>
    <message>
        <source>Kind of column</source>
        <translation>列の種類</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>プロパティー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>プロパティーを検索</translation>
    </message>
    <message>
        <source>Label or internal name</source>
        <translation>ラベルまたは内部名</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>プロパティー</translation>
    </message>
    <message>
        <source>&amp;Associations</source>
        <translation>関連付け(&amp;A)</translation>
    </message>
    <message>
        <source>Associate &amp;with:</source>
        <translation>関連付け先(&amp;W):</translation>
    </message>
    <message>
        <source>Object type to associate with</source>
        <translation>関連付けるオブジェクトタイプ</translation>
    </message>
    <message>
        <source>Association &amp;labels (one column each):</source>
        <translation>関連付けラベル(ラベルごとに1列)(&amp;L):</translation>
    </message>
    <message>
        <source>Association labels</source>
        <translation>関連付けラベル</translation>
    </message>
    <message>
        <source>Number of chosen columns</source>
        <translation>選択した列の数</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Batchsmith</source>
        <translation>Batchsmithについて(&amp;A)</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>送信するレコード</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>リクエストとレスポンス</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>バッチ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>メインツールバー</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Problems that stop the batch from being sent</source>
        <translation>バッチの送信を妨げている問題</translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation>新しいバッチ(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty batch</source>
        <translation>空のバッチを開始</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Batchsmithを終了</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>最後の編集を元に戻す</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>元に戻した編集をやり直す</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>選択したセルをコピー</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet</source>
        <translation>スプレッドシートからセルを貼り付け</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>セルをクリア(&amp;L)</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>選択したセルを空にする</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add an empty row below the current one</source>
        <translation>現在の行の下に空の行を追加</translation>
    </message>
    <message>
        <source>D&amp;uplicate Rows</source>
        <translation>行を複製(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected rows below them</source>
        <translation>選択した行を複製してその下に追加</translation>
    </message>
    <message>
        <source>Re&amp;move Rows</source>
        <translation>行を削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>選択した行を削除</translation>
    </message>
    <message>
        <source>Add &amp;Columns…</source>
        <translation>列を追加(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose properties and associations to add as columns</source>
        <translation>プロパティーと関連付けを選択して列として追加</translation>
    </message>
    <message>
        <source>Remove Col&amp;umn</source>
        <translation>列を削除(&amp;N)</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>現在の列を削除</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>チェック(&amp;C)</translation>
    </message>
    <message>
        <source>Check every cell against the portal’s properties without sending</source>
        <translation>送信せずに、すべてのセルをポータルのプロパティーと照らしてチェック</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Send the rows not sent yet</source>
        <translation>未送信の行を送信</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Send no new batch; batches in flight finish</source>
        <translation>新しいバッチを送信しない(送信中のバッチは最後まで処理)</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>キャンセル(&amp;N)</translation>
    </message>
    <message>
        <source>Stop the run; batches in flight finish and are recorded</source>
        <translation>実行を停止(送信中のバッチは最後まで処理して記録)</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>失敗した行を再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Send the rows that failed again</source>
        <translation>失敗した行を再送信</translation>
    </message>
    <message>
        <source>&amp;Accounts and Tokens…</source>
        <translation>アカウントとトークン(&amp;A)…</translation>
    </message>
    <message>
        <source>Add, edit and test account profiles</source>
        <translation>アカウントプロファイルを追加、編集、テスト</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language and sending defaults</source>
        <translation>言語と送信の既定値</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>バージョンとライセンス</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Responses</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation>試行(&amp;N):</translation>
    </message>
    <message>
        <source>This batch was sent more than once: pick the request to show.</source>
        <translation>このバッチは複数回送信されました。表示するリクエストを選択してください。</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>試行</translation>
    </message>
    <message>
        <source>Put the real token in the copied command instead of $HUBSPOT_TOKEN. Anyone who sees the command can then use your token.</source>
        <translation>コピーするコマンドに$HUBSPOT_TOKENではなく実際のトークンを入れます。コマンドを見た人は誰でもトークンを使用できるようになります。</translation>
    </message>
    <message>
        <source>Include the token in the copied command</source>
        <translation>コピーするコマンドにトークンを含める</translation>
    </message>
    <message>
        <source>Include &amp;token</source>
        <translation>トークンを含める(&amp;K)</translation>
    </message>
    <message>
        <source>Copy the request shown as a cURL command for a POSIX shell. The token comes from the HUBSPOT_TOKEN variable unless you include it.</source>
        <translation>表示中のリクエストをPOSIXシェル用のcURLコマンドとしてコピーします。トークンを含めない場合、トークンはHUBSPOT_TOKEN変数から読み取られます。</translation>
    </message>
    <message>
        <source>Copy request as cURL</source>
        <translation>リクエストをcURLとしてコピー</translation>
    </message>
    <message>
        <source>&amp;Copy request as cURL</source>
        <translation>リクエストをcURLとしてコピー(&amp;L)</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>リクエストとレスポンス</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>リクエスト(&amp;R)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Select a batch to see its request.</source>
        <translation>バッチを選択すると、そのリクエストが表示されます。</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>レスポンス(&amp;S)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <source>Select a batch to see its answer.</source>
        <translation>バッチを選択すると、その応答が表示されます。</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>実行の概要</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>レート制限</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>インターフェイス</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. It changes as soon as you apply it.</source>
        <translation>メニュー、ダイアログ、メッセージの言語です。適用するとすぐに切り替わります。</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>インターフェイスの言語</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>&amp;Batches in parallel:</source>
        <translation>並列バッチ数(&amp;B):</translation>
    </message>
    <message>
        <source>How many batch requests may be on their way at the same time. HubSpot limits how many requests a token may send, so more is not always faster.</source>
        <translation>同時に送信中にできるバッチリクエストの数です。HubSpotはトークンごとに送信できるリクエスト数を制限しているため、増やしても速くなるとは限りません。</translation>
    </message>
    <message>
        <source>Batches sent in parallel</source>
        <translation>並列に送信するバッチ数</translation>
    </message>
    <message>
        <source>&amp;Records per batch:</source>
        <translation>バッチあたりのレコード数(&amp;R):</translation>
    </message>
    <message>
        <source>How many records go into one batch request. HubSpot accepts at most 100.</source>
        <translation>1つのバッチリクエストに含めるレコードの数です。HubSpotが受け付けるのは最大100件です。</translation>
    </message>
    <message>
        <source>Records per batch</source>
        <translation>バッチあたりのレコード数</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>リクエストのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>How long to wait for HubSpot to answer one request before trying it again.</source>
        <translation>1件のリクエストについてHubSpotの応答を待つ時間です。この時間を過ぎると再試行します。</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>リクエストのタイムアウト(秒)</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space, e.g. &quot;60 s&quot;</extracomment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>These defaults apply to the runs you start from now on.</source>
        <translation>これらの既定値は、今後開始する実行に適用されます。</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>Token Manager</source>
        <translation>トークンマネージャー</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>プロファイル(&amp;P)</translation>
    </message>
    <message>
        <source>Token profiles</source>
        <translation>トークンプロファイル</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>新しいプロファイルを追加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Copy the selected profile, token included</source>
        <translation>選択したプロファイルをトークンごとコピー</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token</source>
        <translation>選択したプロファイルとそのトークンを削除</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>例: 本番環境</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>名前の問題</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベースURL(&amp;B):</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベースURL</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>ベースURLの問題</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>APIバージョン(&amp;V):</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>APIバージョン</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>トークン(&amp;T):</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>トークンの表示/非表示を切り替え</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>トークンを表示</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Use this profile when the app starts</source>
        <translation>アプリの起動時にこのプロファイルを使用</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>既定に設定(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the portal who it is, with this base URL and token</source>
        <translation>このベースURLとトークンでポータルに情報を問い合わせます</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>接続をテスト(&amp;C)</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続テストの結果</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>トークンの保存場所</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens are kept in your system keychain (%1).</source>
        <extracomment>%1 is the keychain&apos;s name, e.g. &quot;Secret Service&quot;, &quot;macOS Keychain&quot;, &quot;Windows Credential Manager&quot;</extracomment>
        <translation>トークンはシステムのキーチェーン(%1)に保存されています。</translation>
    </message>
    <message>
        <source>No system keychain answered, so tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>システムのキーチェーンが応答しなかったため、トークンは設定ファイル%1に保存されています(読み取れるのはあなただけです)。</translation>
    </message>
    <message>
        <source>Tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>トークンは設定ファイル%1に保存されています(読み取れるのはあなただけです)。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and send batches of HubSpot CRM records.</source>
        <translation>HubSpot CRMレコードのバッチを作成して送信します。</translation>
    </message>
</context>
</TS>
