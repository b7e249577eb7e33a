<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>, </source>
        <extracomment>Separates the option values in a list, as in &quot;lead, customer, evangelist&quot;.</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 has no options.</source>
        <extracomment>%1 is the value typed in a cell, %2 the property label, e.g. &quot;“gold” cannot be set: Tier has no options.&quot;</extracomment>
        <translation>Não é possível definir “%1”: %2 não tem opções.</translation>
    </message>
    <message>
        <source>“%1” is not an option value of %2; did you mean “%3”?</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the internal value that HubSpot expects instead.</extracomment>
        <translation>“%1” não é um valor de opção de %2; você quis dizer “%3”?</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not one of the options of %3: %4.</source>
        <extracomment>%1 is one part of a multi-checkbox value, %2 the whole value, %3 the property label, %4 the list of option values, e.g. &quot;“gold” in “silver;gold” is not one of the options of Tier: silver, bronze.&quot;</extracomment>
        <translation>“%1” em “%2” não é uma das opções de %3: %4.</translation>
    </message>
    <message>
        <source>“%1” is not one of the options of %2: %3.</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the list of option values, e.g. &quot;“gold” is not one of the options of Lifecycle stage: lead, customer…&quot;</extracomment>
        <translation>“%1” não é uma das opções de %2: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number that %2 accepts: use digits, an optional sign and at most one decimal point, as in 1234.5.</source>
        <extracomment>%1 is the value typed, %2 the property label. The example number is written as HubSpot wants it.</extracomment>
        <translation>“%1” não é um número aceito por %2: use dígitos, um sinal opcional e no máximo um ponto decimal, como em 1234.5.</translation>
    </message>
    <message>
        <source>“%1” is at %2 UTC, not midnight: %3 needs a date as YYYY-MM-DD or as milliseconds at midnight UTC.</source>
        <extracomment>%1 is the value typed (milliseconds since 1970), %2 the time of day it stands for, e.g. 04:10:33.600, %3 the property label. HubSpot stores dates as midnight UTC.</extracomment>
        <translation>“%1” corresponde a %2 UTC, não à meia-noite: %3 precisa de uma data no formato YYYY-MM-DD ou em milissegundos à meia-noite UTC.</translation>
    </message>
    <message>
        <source>“%1” is not a date on the calendar, so %2 cannot take it.</source>
        <extracomment>%1 is the value typed, e.g. 2024-02-30, %2 the property label.</extracomment>
        <translation>“%1” não é uma data válida do calendário, então %2 não pode aceitá-la.</translation>
    </message>
    <message>
        <source>“%1” is not a date that %2 accepts: use YYYY-MM-DD, as in 2024-05-01.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep YYYY-MM-DD as it is: it is the format HubSpot reads.</extracomment>
        <translation>“%1” não é uma data aceita por %2: use YYYY-MM-DD, como em 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time that %2 accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, or milliseconds since 1970.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep the example as it is: it is the format HubSpot reads.</extracomment>
        <translation>“%1” não é uma data e hora aceita por %2: use ISO 8601, como em 2024-05-01T14:30:00Z, ou milissegundos desde 1970.</translation>
    </message>
    <message>
        <source>“%1” is not an email address, which %2 needs.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“ann@example” is not an email address, which Email needs.&quot;</extracomment>
        <translation>“%1” não é um endereço de e-mail, que é o que %2 exige.</translation>
    </message>
</context>
<context>
    <name>BatchSetupWidget</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Conta:</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>Perfil da conta</translation>
    </message>
    <message>
        <source>The HubSpot account (token profile) the batch is sent to</source>
        <translation>A conta da HubSpot (perfil de token) para a qual o lote é enviado</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gerenciar…</translation>
    </message>
    <message>
        <source>Manage account profiles and tokens</source>
        <translation>Gerenciar perfis de conta e tokens</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>Para onde as solicitações são enviadas</translation>
    </message>
    <message>
        <source>&amp;Object type:</source>
        <translation>&amp;Tipo de objeto:</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Pick a standard or custom object type, or type an objectTypeId such as 2-123456</source>
        <translation>Escolha um tipo de objeto padrão ou personalizado, ou digite um objectTypeId como 2-123456</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Açã&amp;o:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Create adds new records; upsert updates the record whose unique property matches, or creates it</source>
        <translation>Criar adiciona novos registros; upsert atualiza o registro cuja propriedade exclusiva corresponde, ou o cria</translation>
    </message>
    <message>
        <source>Match &amp;on:</source>
        <translation>Corresponder &amp;por:</translation>
    </message>
    <message>
        <source>Unique property to match on</source>
        <translation>Propriedade exclusiva para correspondência</translation>
    </message>
    <message>
        <source>Upsert finds existing records by this unique-value property</source>
        <translation>O upsert encontra os registros existentes por esta propriedade de valor exclusivo</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>AP&amp;I:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>The HubSpot API version the requests use</source>
        <translation>A versão da API da HubSpot usada pelas solicitações</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchListModel</name>
    <message>
        <source>%1 (lookup)</source>
        <extracomment>Batch number column when the batch&apos;s latest request looked up records whose answer was lost. %1 is the batch number. Example: &quot;3 (lookup)&quot;</extracomment>
        <translation>%1 (consulta)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <extracomment>HTTP status column when no HTTP answer came. %1 is the network error, e.g. &quot;timed out&quot;.</extracomment>
        <translation>Sem resposta (%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of one request in milliseconds. %1 is a localised number, e.g. &quot;1,234 ms&quot;.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Ainda não enviado.</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>Enviado; aguardando a resposta.</translation>
    </message>
    <message>
        <source>Every row of this batch was written.</source>
        <translation>Todas as linhas deste lote foram gravadas.</translation>
    </message>
    <message>
        <source>Some rows of this batch were refused; the others were written.</source>
        <translation>Algumas linhas deste lote foram recusadas; as demais foram gravadas.</translation>
    </message>
    <message>
        <source>This request failed and will be tried again.</source>
        <translation>Esta solicitação falhou e será tentada novamente.</translation>
    </message>
    <message>
        <source>This batch failed.</source>
        <translation>Este lote falhou.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Cancelado antes de chegar uma resposta.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of batch numbers; keep very short.</extracomment>
        <translation>#</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Status HTTP</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Status do lote</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Repetições</translation>
    </message>
    <message>
        <source>Limit left</source>
        <extracomment>Column: requests left in the rate-limit window after this answer; keep short.</extracomment>
        <translation>Restantes</translation>
    </message>
    <message>
        <source>Batch number, in the order of the plan</source>
        <translation>Número do lote, na ordem do plano</translation>
    </message>
    <message>
        <source>How many times the batch was sent again</source>
        <translation>Quantas vezes o lote foi reenviado</translation>
    </message>
    <message>
        <source>Requests left in the rate-limit window after this answer</source>
        <translation>Solicitações restantes na janela do limite de taxa após esta resposta</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchSetupWidget</name>
    <message>
        <source>Type or id, e.g. 2-123456</source>
        <extracomment>Placeholder of the object type picker, where an objectTypeId can be typed</extracomment>
        <translation>Tipo ou ID, p. ex. 2-123456</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Action of a batch: create new records (HubSpot&apos;s batch create)</extracomment>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Create or update (upsert)</source>
        <extracomment>Action of a batch: update existing records or create them (HubSpot&apos;s batch upsert)</extracomment>
        <translation>Criar ou atualizar (upsert)</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>An API version; %1 is its name such as 2026-03</extracomment>
        <translation>%1 (atual)</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (legada)</translation>
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
        <translation>Nenhuma propriedade exclusiva</translation>
    </message>
</context>
<context>
    <name>Batchsmith::CellDelegate</name>
    <message>
        <source>(empty)</source>
        <extracomment>First entry of a drop-down cell editor; choosing it leaves the cell empty</extracomment>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <extracomment>Display format of the date-time cell editor (Qt date format); keep &quot;UTC&quot;: the value is in UTC</extracomment>
        <translation>dd/MM/yyyy HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Record ids, separated by ;</source>
        <extracomment>Placeholder of an association cell editor: HubSpot record ids of the associated records</extracomment>
        <translation>IDs de registro, separados por ;</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnPickerDialog</name>
    <message>
        <source>This property is archived: HubSpot does not accept values for it.</source>
        <translation>Esta propriedade está arquivada: a HubSpot não aceita valores para ela.</translation>
    </message>
    <message>
        <source>HubSpot calculates this property: it cannot be written.</source>
        <translation>A HubSpot calcula esta propriedade: ela não pode ser gravada.</translation>
    </message>
    <message>
        <source>This property is read-only: HubSpot sets its value itself.</source>
        <translation>Esta propriedade é somente leitura: a própria HubSpot define o valor dela.</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Column headers of the property list in the column picker</extracomment>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>This property is already a column of the grid.</source>
        <translation>Esta propriedade já é uma coluna da grade.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the list of association labels while they are fetched from HubSpot</extracomment>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No association types to show.</source>
        <extracomment>Shown when HubSpot lists no association types between the two object types (or could not be asked)</extracomment>
        <translation>Nenhum tipo de associação para mostrar.</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <extracomment>An association type without a label (HubSpot&apos;s default one)</extracomment>
        <translation>Sem rótulo</translation>
    </message>
    <message>
        <source>Column %1</source>
        <extracomment>Tooltip of an association label; %1 is the column name in files, e.g. &quot;assoc:companies:1&quot;</extracomment>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>This association is already a column of the grid.</source>
        <translation>Esta associação já é uma coluna da grade.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%n coluna escolhida</numerusform>
            <numerusform>%n colunas escolhidas</numerusform>
        </translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texto de várias linhas</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Texto rico</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Single checkbox</source>
        <translation>Caixa de seleção única</translation>
    </message>
    <message>
        <source>Multiple checkboxes</source>
        <translation>Várias caixas de seleção</translation>
    </message>
    <message>
        <source>Radio select</source>
        <translation>Seleção de rádio</translation>
    </message>
    <message>
        <source>Dropdown select</source>
        <translation>Seleção suspensa</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date picker</source>
        <translation>Seletor de data</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Texto de linha única</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ConnectionTest</name>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Connected to portal %1 (time zone %2; the portal did not say which scopes the token has).</source>
        <extracomment>%1 portal id (12345678), %2 its time zone (US/Eastern)</extracomment>
        <translation>Conectado ao portal %1 (fuso horário %2; o portal não informou quais escopos o token tem).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to portal %1 (time zone %2, %n scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>Conectado ao portal %1 (fuso horário %2, %n escopo: %3).</numerusform>
            <numerusform>Conectado ao portal %1 (fuso horário %2, %n escopos: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sem detalhes</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2 (correlation ID %3)</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message, %3 HubSpot&apos;s correlation id (a UUID) for its support</extracomment>
        <translation>Falha na conexão: HTTP %1, %2 (ID de correlação %3)</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message</extracomment>
        <translation>Falha na conexão: HTTP %1, %2</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 what went wrong, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>Falha na conexão: %1</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Duplicar %n linha</numerusform>
            <numerusform>Duplicar %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %n column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>Adicionar %n coluna</numerusform>
            <numerusform>Adicionar %n colunas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Inserir %n linha</numerusform>
            <numerusform>Inserir %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>About Batchsmith</source>
        <extracomment>Title of the About box</extracomment>
        <translation>Sobre o Batchsmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cria e envia lotes de registros do CRM da HubSpot.&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;&lt;p&gt;Compilado com Qt %2.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>Start an empty batch? The rows in the grid are removed; you can undo this.</source>
        <translation>Iniciar um lote vazio? As linhas da grade serão removidas; você pode desfazer isso.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Novo lote</translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Linhas enviadas</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Sair do Batchsmith</translation>
    </message>
    <message>
        <source>A batch is being sent. If you quit now, the rows not sent yet stay unsent and the batches in flight may still be written by HubSpot without Batchsmith seeing the answer. Quit anyway?</source>
        <translation>Um lote está sendo enviado. Se você sair agora, as linhas ainda não enviadas continuarão sem envio e os lotes em andamento ainda poderão ser gravados pela HubSpot sem que o Batchsmith veja a resposta. Sair mesmo assim?</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <extracomment>%1 is the name of an account profile, %2 why it cannot be used</extracomment>
        <translation>Não é possível usar “%1”: %2</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1: nothing reaches a real HubSpot account.</source>
        <extracomment>%1 is the local address of the built-in sandbox, such as http://127.0.0.1:53211</extracomment>
        <translation>Sandbox integrado em %1: nada chega a uma conta real da HubSpot.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a host name such as api.hubapi.com</extracomment>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>%1: portal %2</source>
        <extracomment>%1 is a profile name, %2 a HubSpot portal (account) id</extracomment>
        <translation>%1: portal %2</translation>
    </message>
    <message>
        <source>Change Object Type</source>
        <extracomment>Title of the question asked before the grid switches to another object type</extracomment>
        <translation>Alterar tipo de objeto</translation>
    </message>
    <message>
        <source>The grid’s columns are properties of another object type. Switch to %1 and start a new grid? You can undo this.</source>
        <extracomment>%1 is the object type chosen, such as Company</extracomment>
        <translation>As colunas da grade são propriedades de outro tipo de objeto. Mudar para %1 e iniciar uma nova grade? Você pode desfazer isso.</translation>
    </message>
    <message>
        <source>Change object type</source>
        <translation>Alterar tipo de objeto</translation>
    </message>
    <message>
        <source>The properties of %1 could not be read: %2</source>
        <extracomment>%1 is an object type, %2 HubSpot&apos;s error message</extracomment>
        <translation>Não foi possível ler as propriedades de %1: %2</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>A problem in the list: %1 row number, %2 column title, %3 what is wrong</extracomment>
        <translation>Linha %1, %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem in the list: %1 row number, %2 what is wrong</extracomment>
        <translation>Linha %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>… e mais %n.</numerusform>
            <numerusform>… e mais %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %n problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>Nada foi enviado: corrija %n problema primeiro.</numerusform>
            <numerusform>Nada foi enviado: corrija %n problemas primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be sent.</source>
        <translation>Todas as células podem ser enviadas.</translation>
    </message>
    <message>
        <source>Every row has been sent. Add rows, or use Retry Failed Rows for the ones that failed.</source>
        <translation>Todas as linhas foram enviadas. Adicione linhas ou use Reenviar linhas com falha para as que falharam.</translation>
    </message>
    <message>
        <source>No row has failed.</source>
        <translation>Nenhuma linha falhou.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress bar text: %1 rows done, %2 rows in all</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 rows/s, about %2 left</source>
        <extracomment>%1 rows per second, %2 a duration such as &quot;3 minutes&quot;</extracomment>
        <translation>%1 linhas/s, faltam cerca de %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 linhas/s</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>Cancelado: %n linha não foi enviada.</numerusform>
            <numerusform>Cancelado: %n linhas não foram enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending Stopped</source>
        <extracomment>Title of the message shown when HubSpot stopped a run (expired token, daily limit…)</extracomment>
        <translation>Envio interrompido</translation>
    </message>
    <message>
        <source>HubSpot refused to go on: %1
The rows not sent yet are still in the grid; fix the cause and send again.</source>
        <extracomment>%1 is why the run stopped, in HubSpot&apos;s words</extracomment>
        <translation>A HubSpot se recusou a continuar: %1
As linhas ainda não enviadas continuam na grade; corrija a causa e envie novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%n linha</numerusform>
            <numerusform>%n linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>%n célula a corrigir</numerusform>
            <numerusform>%n células a corrigir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n created</source>
        <translation>
            <numerusform>%n criado</numerusform>
            <numerusform>%n criados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n atualizado</numerusform>
            <numerusform>%n atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>%n desconhecido</numerusform>
            <numerusform>%n desconhecidos</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;tomar</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Desfazer: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refazer: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
</context>
<context>
    <name>Batchsmith::MultiValueEditor</name>
    <message>
        <source>Chosen options</source>
        <extracomment>Accessible name of the list of checkboxes that edits a multiple-checkbox cell</extracomment>
        <translation>Opções escolhidas</translation>
    </message>
</context>
<context>
    <name>Batchsmith::PortalCatalog</name>
    <message>
        <source>Contact</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Negócio</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Negócios</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Item de linha</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Itens de linha</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Orçamentos</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicação</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Comunicações</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Envio de feedback</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Envios de feedback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarefa</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tarefas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A meeting logged on a CRM record (HubSpot object type).</extracomment>
        <translation>Reunião</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniões</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A phone call logged on a CRM record (HubSpot object type).</extracomment>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Chamadas</translation>
    </message>
    <message>
        <source>Email</source>
        <extracomment>An email logged on a CRM record (HubSpot object type), not an email address.</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Fatura</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Faturas</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Assinaturas</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Descontos</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Taxa</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Taxas</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Imposto</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Impostos</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pagamento</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagamentos</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuários</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>Correspondência postal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Carrinho</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>Carrinhos</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Serviços</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Curso</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cursos</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listagem</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listagens</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Compromisso</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Compromissos</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projeto</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projetos</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation>Limite de taxa ainda desconhecido: nenhuma resposta até agora</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %n request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>Aguardando %1 s: %2 de %n solicitação disponível nesta janela de %3 segundos</numerusform>
            <numerusform>Aguardando %1 s: %2 de %n solicitações disponíveis nesta janela de %3 segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1 de %n solicitação disponível nesta janela de %2 segundos</numerusform>
            <numerusform>%1 de %n solicitações disponíveis nesta janela de %2 segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableModel</name>
    <message>
        <source>“%1” is not a HubSpot record ID: record IDs are whole numbers, such as 51234.</source>
        <extracomment>Problem of an association cell: %1 is what was typed instead of a record ID.</extracomment>
        <translation>“%1” não é um ID de registro da HubSpot: os IDs de registro são números inteiros, como 51234.</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent yet</extracomment>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot created the record</extracomment>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot updated an existing record</extracomment>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot refused it</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row status</comment>
        <extracomment>Status of a row whose answer was lost: it may or may not have been written</extracomment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent (e.g. the run was cancelled)</extracomment>
        <translation>Ignorado</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>Não</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Header of the grid&apos;s first column: each row&apos;s outcome (Pending, Created, Failed…)</extracomment>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Header of the column showing the HubSpot ID of the created or updated record</extracomment>
        <translation>ID do registro</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Header of the grid&apos;s last column: HubSpot&apos;s error message for the row</extracomment>
        <translation>Erro</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Grid context menu</extracomment>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Grid context menu</extracomment>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <extracomment>Grid context menu: empties the selected cells</extracomment>
        <translation>Lim&amp;par células</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <extracomment>Grid context menu</extracomment>
        <translation>Inserir linha &amp;acima</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <extracomment>Grid context menu</extracomment>
        <translation>Inserir linha a&amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>&amp;Duplicar linhas</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>&amp;Remover linhas</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveColumnCommand</name>
    <message>
        <source>Remove column “%1”</source>
        <extracomment>Undo/redo menu entry; %1 is the column title, e.g. &quot;Undo Remove column “Email”&quot;</extracomment>
        <translation>Remover coluna “%1”</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveRecordsCommand</name>
    <message numerus="yes">
        <source>Remove %n row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Remover %n linha</numerusform>
            <numerusform>Remover %n linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ResponseView</name>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds. %1 is a localised number, e.g. &quot;850 ms&quot;.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds. %1 is a localised number, e.g. &quot;4.2 s&quot;.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n row(s)…</source>
        <translation>
            <numerusform>Enviando %n linha…</numerusform>
            <numerusform>Enviando %n linhas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batch(es) planned.</source>
        <translation>
            <numerusform>%n lote planejado.</numerusform>
            <numerusform>%n lotes planejados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Cancelado após %1: %n linha.</numerusform>
            <numerusform>Cancelado após %1: %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation>Interrompido após %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Concluído em %1: %n linha.</numerusform>
            <numerusform>Concluído em %1: %n linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation>Criados: %1, atualizados: %2, com falha: %3, desconhecidos: %4, ignorados: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>%n solicitação; repetições: %1; limite de taxa atingido: %2.</numerusform>
            <numerusform>%n solicitações; repetições: %1; limite de taxa atingido: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message numerus="yes">
        <source>Lookup %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>Consulta %1 · %n linha · %2</numerusform>
            <numerusform>Consulta %1 · %n linhas · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %n row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>Tentativa %1 · %n linha · %2</numerusform>
            <numerusform>Tentativa %1 · %n linhas · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>Aguardando a resposta…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <extracomment>%1 is the network error, e.g. &quot;timed out&quot; or &quot;Connection refused&quot;.</extracomment>
        <translation>Sem resposta: %1</translation>
    </message>
    <message>
        <source>Include the token?</source>
        <translation>Incluir o token?</translation>
    </message>
    <message>
        <source>The copied command will contain your private app token. Anyone who sees it can read and change your HubSpot records until you rotate the token. Include it anyway?</source>
        <translation>O comando copiado conterá o token do seu aplicativo privado. Qualquer pessoa que o vir poderá ler e alterar seus registros da HubSpot até que você gere um novo token. Incluir mesmo assim?</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command; it reads the token from $HUBSPOT_TOKEN.</source>
        <extracomment>%1 is the batch number. The token is read from the HUBSPOT_TOKEN shell variable.</extracomment>
        <translation>A solicitação do lote %1 foi copiada como comando cURL; ele lê o token de $HUBSPOT_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command, with your token.</source>
        <extracomment>%1 is the batch number.</extracomment>
        <translation>A solicitação do lote %1 foi copiada como comando cURL, com o seu token.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendController</name>
    <message>
        <source>“%1” is not an object type that takes batch writes.</source>
        <extracomment>%1 is what was typed as the object type</extracomment>
        <translation>“%1” não é um tipo de objeto que aceita gravações em lote.</translation>
    </message>
    <message>
        <source>The grid has no columns: add the properties to send.</source>
        <translation>A grade não tem colunas: adicione as propriedades a enviar.</translation>
    </message>
    <message>
        <source>Choose the unique property that upsert matches records on.</source>
        <translation>Escolha a propriedade exclusiva pela qual o upsert faz a correspondência dos registros.</translation>
    </message>
    <message>
        <source>Upsert matches on “%1”, but the grid has no such column.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>O upsert faz a correspondência por “%1”, mas a grade não tem essa coluna.</translation>
    </message>
    <message>
        <source>Upsert needs a value in “%1” to find the record.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>O upsert precisa de um valor em “%1” para encontrar o registro.</translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Um lote já está sendo enviado.</translation>
    </message>
    <message>
        <source>There is no row to send.</source>
        <translation>Não há nenhuma linha para enviar.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>Colar %n célula</numerusform>
            <numerusform>Colar %n células</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %n cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>Limpar %n célula</numerusform>
            <numerusform>Limpar %n células</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/redo menu entry after editing one cell; %1 is the column title, e.g. &quot;Undo Edit “First name”&quot;</extracomment>
        <translation>Editar “%1”</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SettingsDialog</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the language list: use the language of the operating system</extracomment>
        <translation>Padrão do sistema</translation>
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
        <translation>Digite um endereço completo, como https://api.hubapi.com.</translation>
    </message>
    <message>
        <source>Use https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Use https. O http simples só é permitido para este computador (127.0.0.1, ::1 ou localhost).</translation>
    </message>
    <message>
        <source>Leave out any user name, password, query (?…) or fragment (#…).</source>
        <translation>Não inclua nome de usuário, senha, consulta (?…) nem fragmento (#…).</translation>
    </message>
    <message>
        <source>2026-03 is HubSpot&apos;s dated API; v3 is the older, undated one.</source>
        <translation>2026-03 é a API datada da HubSpot; v3 é a mais antiga, sem data.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A profile in the list, marked as the one the app starts with; %1 is its name</extracomment>
        <translation>%1 (padrão)</translation>
    </message>
    <message>
        <source>The app&apos;s built-in sandbox, a local imitation of HubSpot; its address changes at each start.</source>
        <translation>O sandbox integrado do aplicativo, uma imitação local da HubSpot; o endereço dele muda a cada início.</translation>
    </message>
    <message>
        <source>The built-in sandbox uses its own token, %1.</source>
        <extracomment>%1 is the sandbox&apos;s fixed token, e.g. demo-all-scopes (not a secret)</extracomment>
        <translation>O sandbox integrado usa o próprio token, %1.</translation>
    </message>
    <message>
        <source>New token %1, kept when you save.</source>
        <extracomment>%1 is the start and end of the token, e.g. pat-na1-…5555</extracomment>
        <translation>Novo token %1, mantido quando você salvar.</translation>
    </message>
    <message>
        <source>Stored token: %1. Type a new one to replace it.</source>
        <extracomment>%1 is the start and end of the stored token, e.g. pat-na1-…5555</extracomment>
        <translation>Token armazenado: %1. Digite um novo para substituí-lo.</translation>
    </message>
    <message>
        <source>No token yet. Paste the access token of your HubSpot private app.</source>
        <translation>Ainda não há token. Cole o token de acesso do seu aplicativo privado da HubSpot.</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Armazenado; digite para substituir</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A name made unique by a number, e.g. &quot;New profile 2&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Novo perfil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a copied profile; %1 is the original&apos;s name</extracomment>
        <translation>%1 (cópia)</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its token? This takes effect when you save.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Remover o perfil “%1” e o token dele? Isso entra em vigor quando você salvar.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Remover perfil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Dê um nome ao perfil.</translation>
    </message>
    <message>
        <source>Another profile is already named “%1”.</source>
        <extracomment>%1 is the name typed, which another profile already has</extracomment>
        <translation>Já existe outro perfil chamado “%1”.</translation>
    </message>
    <message>
        <source>Save Profiles</source>
        <extracomment>Title of the message shown when a profile cannot be saved</extracomment>
        <translation>Salvar perfis</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 why it could not be saved (English, from the storage layer)</extracomment>
        <translation>Não foi possível salvar o perfil “%1”: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save your changes to the token profiles before closing?</source>
        <translation>Salvar as alterações nos perfis de token antes de fechar?</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>O sandbox integrado não está em execução.</translation>
    </message>
    <message>
        <source>Enter the token first.</source>
        <translation>Digite o token primeiro.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ValueValidator</name>
    <message>
        <source>“%1” cannot be set: %2 is archived in HubSpot.</source>
        <extracomment>%1 is the value typed, %2 the property label.</extracomment>
        <translation>Não é possível definir “%1”: a propriedade %2 está arquivada na HubSpot.</translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 is read-only: HubSpot computes it.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“12” cannot be set: Record ID is read-only: HubSpot computes it.&quot;</extracomment>
        <translation>Não é possível definir “%1”: a propriedade %2 é somente leitura: a HubSpot a calcula.</translation>
    </message>
    <message>
        <source>The value of %1 is %L2 characters long; HubSpot accepts at most %L3.</source>
        <extracomment>%1 is the property label, %2 the length of the value, %3 HubSpot&apos;s limit (65,536).</extracomment>
        <translation>O valor de %1 tem %L2 caracteres; a HubSpot aceita no máximo %L3.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2: use true or false.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep true and false in English: HubSpot reads them.</extracomment>
        <translation>“%1” não é um valor de %2: use true ou false.</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Add Columns</source>
        <translation>Adicionar colunas</translation>
    </message>
    <message>
        <source>Kind of column</source>
        <translation>Tipo de coluna</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriedades</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>Pe&amp;squisar:</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Pesquisar propriedades</translation>
    </message>
    <message>
        <source>Label or internal name</source>
        <translation>Rótulo ou nome interno</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>&amp;Associations</source>
        <translation>&amp;Associações</translation>
    </message>
    <message>
        <source>Associate &amp;with:</source>
        <translation>Associar &amp;com:</translation>
    </message>
    <message>
        <source>Object type to associate with</source>
        <translation>Tipo de objeto a associar</translation>
    </message>
    <message>
        <source>Association &amp;labels (one column each):</source>
        <translation>&amp;Rótulos de associação (uma coluna cada):</translation>
    </message>
    <message>
        <source>Association labels</source>
        <translation>Rótulos de associação</translation>
    </message>
    <message>
        <source>Number of chosen columns</source>
        <translation>Número de colunas escolhidas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Batchsmith</source>
        <translation>&amp;Sobre o Batchsmith</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Registros a enviar</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Solicitações e respostas</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lote</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Problems that stop the batch from being sent</source>
        <translation>Problemas que impedem o envio do lote</translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation>&amp;Novo lote</translation>
    </message>
    <message>
        <source>Start an empty batch</source>
        <translation>Iniciar um lote vazio</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Sair do Batchsmith</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Desfazer a última edição</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Refazer a edição desfeita</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copiar as células selecionadas</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet</source>
        <translation>Colar células de uma planilha</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>Lim&amp;par células</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Esvaziar as células selecionadas</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>&amp;Adicionar linha</translation>
    </message>
    <message>
        <source>Add an empty row below the current one</source>
        <translation>Adicionar uma linha vazia abaixo da atual</translation>
    </message>
    <message>
        <source>D&amp;uplicate Rows</source>
        <translation>D&amp;uplicar linhas</translation>
    </message>
    <message>
        <source>Copy the selected rows below them</source>
        <translation>Copiar as linhas selecionadas logo abaixo delas</translation>
    </message>
    <message>
        <source>Re&amp;move Rows</source>
        <translation>Re&amp;mover linhas</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Remover as linhas selecionadas</translation>
    </message>
    <message>
        <source>Add &amp;Columns…</source>
        <translation>Adicionar c&amp;olunas…</translation>
    </message>
    <message>
        <source>Choose properties and associations to add as columns</source>
        <translation>Escolher propriedades e associações para adicionar como colunas</translation>
    </message>
    <message>
        <source>Remove Col&amp;umn</source>
        <translation>Remover colu&amp;na</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Remover a coluna atual</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check every cell against the portal’s properties without sending</source>
        <translation>Verificar todas as células em relação às propriedades do portal, sem enviar</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the rows not sent yet</source>
        <translation>Enviar as linhas ainda não enviadas</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>Send no new batch; batches in flight finish</source>
        <translation>Não enviar novos lotes; os lotes em andamento são concluídos</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop the run; batches in flight finish and are recorded</source>
        <translation>Interromper a execução; os lotes em andamento são concluídos e registrados</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>&amp;Reenviar linhas com falha</translation>
    </message>
    <message>
        <source>Send the rows that failed again</source>
        <translation>Enviar novamente as linhas que falharam</translation>
    </message>
    <message>
        <source>&amp;Accounts and Tokens…</source>
        <translation>&amp;Contas e tokens…</translation>
    </message>
    <message>
        <source>Add, edit and test account profiles</source>
        <translation>Adicionar, editar e testar perfis de conta</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>C&amp;onfigurações…</translation>
    </message>
    <message>
        <source>Language and sending defaults</source>
        <translation>Idioma e padrões de envio</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Versão e licença</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Responses</source>
        <translation>Respostas</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation>Tentati&amp;va:</translation>
    </message>
    <message>
        <source>This batch was sent more than once: pick the request to show.</source>
        <translation>Este lote foi enviado mais de uma vez: escolha a solicitação a mostrar.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentativa</translation>
    </message>
    <message>
        <source>Put the real token in the copied command instead of $HUBSPOT_TOKEN. Anyone who sees the command can then use your token.</source>
        <translation>Colocar o token real no comando copiado em vez de $HUBSPOT_TOKEN. Qualquer pessoa que vir o comando poderá usar o seu token.</translation>
    </message>
    <message>
        <source>Include the token in the copied command</source>
        <translation>Incluir o token no comando copiado</translation>
    </message>
    <message>
        <source>Include &amp;token</source>
        <translation>Incluir to&amp;ken</translation>
    </message>
    <message>
        <source>Copy the request shown as a cURL command for a POSIX shell. The token comes from the HUBSPOT_TOKEN variable unless you include it.</source>
        <translation>Copiar a solicitação mostrada como comando cURL para um shell POSIX. O token vem da variável HUBSPOT_TOKEN, a menos que você o inclua.</translation>
    </message>
    <message>
        <source>Copy request as cURL</source>
        <translation>Copiar solicitação como cURL</translation>
    </message>
    <message>
        <source>&amp;Copy request as cURL</source>
        <translation>Copiar solicitação como c&amp;URL</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Solicitação e resposta</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Solicitação</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitação</translation>
    </message>
    <message>
        <source>Select a batch to see its request.</source>
        <translation>Selecione um lote para ver a solicitação dele.</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>&amp;Resposta</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Select a batch to see its answer.</source>
        <translation>Selecione um lote para ver a resposta dele.</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Resumo da execução</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de taxa</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. It changes as soon as you apply it.</source>
        <translation>O idioma dos menus, caixas de diálogo e mensagens. Ele muda assim que você o aplica.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envio</translation>
    </message>
    <message>
        <source>&amp;Batches in parallel:</source>
        <translation>&amp;Lotes em paralelo:</translation>
    </message>
    <message>
        <source>How many batch requests may be on their way at the same time. HubSpot limits how many requests a token may send, so more is not always faster.</source>
        <translation>Quantas solicitações de lote podem estar em andamento ao mesmo tempo. A HubSpot limita quantas solicitações um token pode enviar, então mais nem sempre é mais rápido.</translation>
    </message>
    <message>
        <source>Batches sent in parallel</source>
        <translation>Lotes enviados em paralelo</translation>
    </message>
    <message>
        <source>&amp;Records per batch:</source>
        <translation>&amp;Registros por lote:</translation>
    </message>
    <message>
        <source>How many records go into one batch request. HubSpot accepts at most 100.</source>
        <translation>Quantos registros vão em uma solicitação de lote. A HubSpot aceita no máximo 100.</translation>
    </message>
    <message>
        <source>Records per batch</source>
        <translation>Registros por lote</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Tempo limite da solicitação:</translation>
    </message>
    <message>
        <source>How long to wait for HubSpot to answer one request before trying it again.</source>
        <translation>Quanto tempo esperar a HubSpot responder a uma solicitação antes de tentá-la novamente.</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Tempo limite da solicitação em segundos</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space, e.g. &quot;60 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>These defaults apply to the runs you start from now on.</source>
        <translation>Estes padrões se aplicam às execuções que você iniciar a partir de agora.</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>Token Manager</source>
        <translation>Gerenciador de tokens</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfis</translation>
    </message>
    <message>
        <source>Token profiles</source>
        <translation>Perfis de token</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Adicionar um novo perfil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Copy the selected profile, token included</source>
        <translation>Copiar o perfil selecionado, com o token</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token</source>
        <translation>Remover o perfil selecionado e o token dele</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Produção</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problema com o nome</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>Problema com a URL base</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>&amp;Versão da API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar ou ocultar o token</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Use this profile when the app starts</source>
        <translation>Usar este perfil ao iniciar o aplicativo</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Definir como pa&amp;drão</translation>
    </message>
    <message>
        <source>Ask the portal who it is, with this base URL and token</source>
        <translation>Perguntar ao portal quem ele é, com esta URL base e este token</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado do teste de conexão</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Onde os tokens são guardados</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens are kept in your system keychain (%1).</source>
        <extracomment>%1 is the keychain&apos;s name, e.g. &quot;Secret Service&quot;, &quot;macOS Keychain&quot;, &quot;Windows Credential Manager&quot;</extracomment>
        <translation>Os tokens são guardados no chaveiro do sistema (%1).</translation>
    </message>
    <message>
        <source>No system keychain answered, so tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Nenhum chaveiro do sistema respondeu, então os tokens são guardados no arquivo de configurações %1, legível apenas por você.</translation>
    </message>
    <message>
        <source>Tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Os tokens são guardados no arquivo de configurações %1, legível apenas por você.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and send batches of HubSpot CRM records.</source>
        <translation>Crie e envie lotes de registros do CRM da HubSpot.</translation>
    </message>
</context>
</TS>
