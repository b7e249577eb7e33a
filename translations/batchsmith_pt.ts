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
    <message>
        <source>No owner of this portal has the ID “%1”; choose an owner of %2 from the list.</source>
        <extracomment>%1 is the value typed in an owner cell (an owner ID is expected), %2 the property label</extracomment>
        <translation>Nenhum proprietário deste portal tem o ID “%1”; escolha um proprietário de %2 na lista.</translation>
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
    <name>Batchsmith::BatchExplainer</name>
    <message>
        <source>%1 (property “%2”)</source>
        <extracomment>A count of refused rows, then the property HubSpot named. Example: 3 inputs refused (property “lifecyclestage”)</extracomment>
        <translation>%1 (propriedade “%2”)</translation>
    </message>
    <message numerus="yes">
        <source>looked up %Ln row(s) by %1</source>
        <extracomment>A lookup of records whose answer was lost. %n rows, %1 the property, e.g. &quot;looked up 100 rows by email&quot;</extracomment>
        <translation>
            <numerusform>%Ln linha pesquisada por %1</numerusform>
            <numerusform>%Ln linhas pesquisadas por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <extracomment>Records a lookup found, e.g. &quot;100 found&quot;</extracomment>
        <translation>
            <numerusform>%Ln encontrada</numerusform>
            <numerusform>%Ln encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent twice</source>
        <extracomment>After a lookup: no row was sent a second time</extracomment>
        <translation>nada enviado duas vezes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent again</source>
        <translation>
            <numerusform>%Ln reenviada</numerusform>
            <numerusform>%Ln reenviadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A lookup, what it found, what was sent again. Example: looked up 100 rows by email: 100 found, nothing sent twice</extracomment>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s) refused</source>
        <extracomment>Inputs HubSpot refused in a 207 answer</extracomment>
        <translation>
            <numerusform>%Ln entrada recusada</numerusform>
            <numerusform>%Ln entradas recusadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>Rows HubSpot wrote, e.g. &quot;97 written&quot;</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln written</source>
        <extracomment>Rows HubSpot wrote, e.g. &quot;100 written&quot;</extracomment>
        <translation>
            <numerusform>%Ln gravada</numerusform>
            <numerusform>%Ln gravadas</numerusform>
        </translation>
    </message>
    <message>
        <source>waited %1 s for the window, then sent again</source>
        <extracomment>After a 429: %1 is seconds with one decimal, e.g. &quot;waited 1.2 s for the window, then sent again&quot;</extracomment>
        <translation>aguardou %1 s pela janela e reenviou</translation>
    </message>
    <message>
        <source>waited %1 s, then sent again</source>
        <extracomment>After a 423, a 477 or a server error: %1 is seconds with one decimal, e.g. &quot;waited 0.6 s, then sent again&quot;</extracomment>
        <translation>aguardou %1 s e reenviou</translation>
    </message>
    <message>
        <source>may have been written; nothing to look the rows up by, so not sent again</source>
        <extracomment>A create whose answer was lost, with no unique property to look the records up by</extracomment>
        <translation>pode ter sido gravado; nada pelo qual pesquisar as linhas, então não foi reenviado</translation>
    </message>
    <message>
        <source>may have been written, so looked up before sending again</source>
        <extracomment>A create whose answer was lost: the rows are looked up before anything is sent again</extracomment>
        <translation>pode ter sido gravado, então foi pesquisado antes de reenviar</translation>
    </message>
    <message>
        <source>refused as a whole; split in halves to find the rows at fault</source>
        <extracomment>HubSpot refused a whole batch; Batchsmith sends each half to find the rows at fault</extracomment>
        <translation>recusado por inteiro; dividido em metades para encontrar as linhas com erro</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed</source>
        <extracomment>Rows given up on, e.g. &quot;3 rows failed&quot;</extracomment>
        <translation>
            <numerusform>%Ln linha com falha</numerusform>
            <numerusform>%Ln linhas com falha</numerusform>
        </translation>
    </message>
    <message>
        <source>token refused; the run stopped</source>
        <translation>token recusado; a execução parou</translation>
    </message>
    <message>
        <source>permission missing; the run stopped</source>
        <translation>permissão ausente; a execução parou</translation>
    </message>
    <message>
        <source>daily limit reached; the run stopped</source>
        <translation>limite diário atingido; a execução parou</translation>
    </message>
    <message>
        <source>the run stopped</source>
        <translation>a execução parou</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>No HTTP answer came; %1 is the network error, e.g. &quot;no answer (timed out)&quot;</extracomment>
        <translation>sem resposta (%1)</translation>
    </message>
    <message>
        <source>lookup %1</source>
        <extracomment>A lookup of records whose answer was lost, and what HubSpot answered it, e.g. &quot;lookup 500&quot;</extracomment>
        <translation>pesquisa %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What HubSpot said, then what Batchsmith did. Example: 429 TEN_SECONDLY_ROLLING: waited 1.2 s…</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins the steps of one batch&apos;s explanation, in order</extracomment>
        <translation>%1; %2</translation>
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
    <message>
        <source>What happened</source>
        <extracomment>Column: one line per batch saying what HubSpot answered and what Batchsmith did about it</extracomment>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <source>What HubSpot answered each request of the batch, and what Batchsmith did about it</source>
        <translation>O que a HubSpot respondeu a cada solicitação do lote e o que o Batchsmith fez a respeito</translation>
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
    <message>
        <source>%1 › %2</source>
        <extracomment>A stage in a drop-down listing the stages of every pipeline: %1 is the pipeline, %2 the stage</extracomment>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnMappingDialog</name>
    <message>
        <source>Row status (from a results file)</source>
        <translation>Status da linha (de um arquivo de resultados)</translation>
    </message>
    <message>
        <source>Record ID (from a results file)</source>
        <translation>ID do registro (de um arquivo de resultados)</translation>
    </message>
    <message>
        <source>Error message (from a results file)</source>
        <translation>Mensagem de erro (de um arquivo de resultados)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Coluna %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The OK button of the mapping step</extracomment>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose where each column of “%1” goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <extracomment>%1 is a file name such as contacts.csv</extracomment>
        <translation>Escolha para onde vai cada coluna de “%1”. As colunas foram mapeadas para propriedades pelo nome interno ou pelo rótulo, sem diferenciar maiúsculas, minúsculas e acentos.</translation>
    </message>
    <message>
        <source>Choose where each pasted column goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <translation>Escolha para onde vai cada coluna colada. As colunas foram mapeadas para propriedades pelo nome interno ou pelo rótulo, sem diferenciar maiúsculas, minúsculas e acentos.</translation>
    </message>
    <message>
        <source>&amp;Remember these choices for %1</source>
        <extracomment>Check box of the mapping step; %1 is an object type such as Contacts</extracomment>
        <translation>&amp;Lembrar estas escolhas para %1</translation>
    </message>
    <message>
        <source>— Not matched —</source>
        <extracomment>Entry of the target list for a column nothing was chosen for</extracomment>
        <translation>— Não mapeada —</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Ignorar esta coluna</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriedades</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associações</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property in the target list: %1 its label, %2 its internal name. Example: &quot;First Name (firstname)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <extracomment>Accessible name of the target list of one file column; %1 is the column&apos;s name in the file</extracomment>
        <translation>Importar “%1” como</translation>
    </message>
    <message>
        <source>Internal name</source>
        <extracomment>How a file column was matched: its name is the property&apos;s internal name</extracomment>
        <translation>Nome interno</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>How a file column was matched: its name is the property&apos;s label</extracomment>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Your earlier choice</source>
        <translation>Sua escolha anterior</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Sua escolha</translation>
    </message>
    <message>
        <source>Results file</source>
        <translation>Arquivo de resultados</translation>
    </message>
    <message>
        <source>Skipped: %1 is read-only in HubSpot</source>
        <extracomment>%1 is the internal name of a property HubSpot sets itself, such as hs_object_id</extracomment>
        <translation>Ignorada: %1 é somente leitura na HubSpot</translation>
    </message>
    <message>
        <source>Several properties have this label: %1</source>
        <extracomment>%1 lists internal names, such as &quot;region_a, region_b&quot;</extracomment>
        <translation>Várias propriedades têm este rótulo: %1</translation>
    </message>
    <message>
        <source>Already imported from “%1”</source>
        <extracomment>%1 is the name of another column of the file</extracomment>
        <translation>Já importada de “%1”</translation>
    </message>
    <message>
        <source>The column has no name</source>
        <translation>A coluna não tem nome</translation>
    </message>
    <message>
        <source>No property has this name or label</source>
        <translation>Nenhuma propriedade tem este nome ou rótulo</translation>
    </message>
    <message>
        <source>“%1” now goes there instead of “%2”, which is no longer matched.</source>
        <extracomment>%1 and %2 are column names of the file; the target is the property both were set to</extracomment>
        <translation>“%1” agora vai para lá no lugar de “%2”, que ficou sem mapeamento.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln column(s) not matched:&lt;/b&gt; pick a property or skip them. Columns left unmatched are not imported.</source>
        <extracomment>Summary at the top of the mapping step; %n is how many file columns have no target yet</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%Ln coluna não mapeada:&lt;/b&gt; escolha uma propriedade ou ignore-a. Colunas não mapeadas não são importadas.</numerusform>
            <numerusform>&lt;b&gt;%Ln colunas não mapeadas:&lt;/b&gt; escolha uma propriedade ou ignore-as. Colunas não mapeadas não são importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every column is matched: %Ln will be imported.</source>
        <extracomment>Summary at the top of the mapping step when every column has a target or is skipped</extracomment>
        <translation>
            <numerusform>Todas as colunas estão mapeadas: %Ln será importada.</numerusform>
            <numerusform>Todas as colunas estão mapeadas: %Ln serão importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped.</source>
        <translation>
            <numerusform>%Ln ignorada.</numerusform>
            <numerusform>%Ln ignoradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a results file: each row keeps its outcome, so Retry Failed Rows sends only the failed ones.</source>
        <translation>Este é um arquivo de resultados: cada linha mantém o seu resultado, então Reenviar linhas com falha envia só as que falharam.</translation>
    </message>
    <message>
        <source>Usual name</source>
        <extracomment>How a file column was matched: its name is what other exports usually call the property</extracomment>
        <translation>Nome usual</translation>
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
        <source>%Ln column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%Ln coluna escolhida</numerusform>
            <numerusform>%Ln colunas escolhidas</numerusform>
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
        <source>Connected to portal %1 (time zone %2, %Ln scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>Conectado ao portal %1 (fuso horário %2, %Ln escopo: %3).</numerusform>
            <numerusform>Conectado ao portal %1 (fuso horário %2, %Ln escopos: %3).</numerusform>
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
    <name>Batchsmith::DocumentController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The name of a draft that was never saved, in the window title</extracomment>
        <translation>Sem título</translation>
    </message>
    <message>
        <source>%1[*] — Batchsmith</source>
        <extracomment>Window title: %1 is the draft&apos;s file name (clients.batchsmith) or &quot;Untitled&quot;; [*] marks unsaved changes</extracomment>
        <translation>%1[*] — Batchsmith</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation>Abrir rascunho</translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith);;All files (*)</source>
        <translation>Rascunhos do Batchsmith (*.batchsmith);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Salvar rascunho</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation>Salvar rascunho como</translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith)</source>
        <translation>Rascunhos do Batchsmith (*.batchsmith)</translation>
    </message>
    <message>
        <source>results</source>
        <translation>resultados</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-resultados</translation>
    </message>
    <message>
        <source>Export Results</source>
        <extracomment>File dialog filter; keep &quot;(*.csv)&quot; as it is
----------
%1 is a file path, %2 the reason it could not be written</extracomment>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>%1 is the draft&apos;s file name or &quot;Untitled&quot;</extracomment>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>“%1” tem alterações não salvas. Salvá-las primeiro?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>An entry of the Recent Files menu: %1 its number (1-9 get a keyboard accelerator), %2 the file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Limpar arquivos recentes</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <extracomment>A progress dialog while a large draft is saved, before the window closes or another draft opens; %1 is the file&apos;s name</extracomment>
        <translation>Salvando %1…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DraftFile</name>
    <message>
        <source>The draft</source>
        <translation>O rascunho</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;Permission denied&quot;)</extracomment>
        <translation>Não é possível salvar %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;No such file or directory&quot;)</extracomment>
        <translation>Não é possível abrir %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not valid JSON at byte %2 (%3).</source>
        <extracomment>%1 names the file, %2 is a byte offset in it, %3 the JSON parser&apos;s English message</extracomment>
        <translation>%1 está danificado: não é um JSON válido no byte %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Batchsmith draft.</source>
        <extracomment>%1 names the file</extracomment>
        <translation>%1 não é um rascunho do Batchsmith.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Batchsmith (draft format %2); this version opens drafts up to format %3. Update Batchsmith to open it.</source>
        <extracomment>%1 names the file, %2 the format version it has, %3 the newest version this Batchsmith reads</extracomment>
        <translation>%1 foi salvo por um Batchsmith mais recente (formato de rascunho %2); esta versão abre rascunhos até o formato %3. Atualize o Batchsmith para abri-lo.</translation>
    </message>
    <message>
        <source>%1 does not say which draft format it has.</source>
        <translation>%1 não informa qual é o seu formato de rascunho.</translation>
    </message>
    <message>
        <source>%1 has an unknown write mode or API version.</source>
        <extracomment>%1 names the file</extracomment>
        <translation>%1 tem um modo de gravação ou uma versão da API desconhecidos.</translation>
    </message>
    <message>
        <source>%1: column %2 is not a property or an association.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a column</extracomment>
        <translation>%1: a coluna %2 não é uma propriedade nem uma associação.</translation>
    </message>
    <message>
        <source>%1: row %2 has an unknown status.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a row</extracomment>
        <translation>%1: a linha %2 tem um status desconhecido.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 a draft may be; it is not opened.</source>
        <extracomment>%1 names the file, %2 its size, %3 the largest size a draft may have (both as &quot;512 MiB&quot;)</extracomment>
        <translation>%1 tem %2, mais do que os %3 permitidos para um rascunho; ele não será aberto.</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (%4) holds a number, a boolean, null, an array or an object; a draft keeps every cell as text, such as &quot;42&quot;.</source>
        <extracomment>%1 names the file, %2 and %3 are 1-based row and column numbers, %4 the column&apos;s name</extracomment>
        <translation>%1: a linha %2, coluna %3 (%4) contém um número, um booleano, null, um array ou um objeto; um rascunho mantém todas as células como texto, como &quot;42&quot;.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Duplicar %Ln linha</numerusform>
            <numerusform>Duplicar %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::GridFilterBar</name>
    <message>
        <source>All rows</source>
        <extracomment>Filter bar: which rows the grid shows</extracomment>
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <extracomment>Filter bar: rows that failed or whose outcome is unknown</extracomment>
        <translation>Linhas com falha</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <extracomment>Filter bar: rows with a value HubSpot would refuse</extracomment>
        <translation>Linhas com problemas</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <extracomment>Filter bar: rows not sent yet</extracomment>
        <translation>Linhas não enviadas</translation>
    </message>
    <message>
        <source>Created or updated rows</source>
        <extracomment>Filter bar: rows HubSpot created or updated</extracomment>
        <translation>Linhas criadas ou atualizadas</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln rows</source>
        <extracomment>Filter bar, while a filter is on: %1 is how many rows are shown, %n how many the grid has</extracomment>
        <translation>
            <numerusform>Mostrando %1 de %Ln linha</numerusform>
            <numerusform>Mostrando %1 de %Ln linhas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ImportController</name>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Cancelar importação</translation>
    </message>
    <message>
        <source>An import is already under way: wait for it or cancel it.</source>
        <translation>Já há uma importação em andamento: aguarde o término ou cancele-a.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Title of the message shown when an import cannot start
----------
%1 is a file name in quotes</extracomment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Connect to a portal first: the columns are matched to the properties of the object type.</source>
        <translation>Conecte-se a um portal primeiro: as colunas são mapeadas para as propriedades do tipo de objeto.</translation>
    </message>
    <message>
        <source>%1 cannot be imported now. %2</source>
        <extracomment>%1 is a file name or &quot;the pasted cells&quot;, %2 the reason</extracomment>
        <translation>%1 não pode ser importado agora. %2</translation>
    </message>
    <message>
        <source>The pasted cells</source>
        <extracomment>Stands for the source of an import when it is a pasted block, in sentences such as &quot;%1 cannot be imported&quot;</extracomment>
        <translation>O conteúdo colado</translation>
    </message>
    <message>
        <source>Import Rows from a File</source>
        <extracomment>Title of the file dialog of File &gt; Import</extracomment>
        <translation>Importar linhas de um arquivo</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt)</source>
        <extracomment>File type filters of the import dialog; keep the patterns in parentheses</extracomment>
        <translation>Arquivos CSV e TSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Status bar while a file is read; %1 is its name</extracomment>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 está vazio: não há nada para importar.</translation>
    </message>
    <message>
        <source>%1 has column names but no rows: there is nothing to import.</source>
        <translation>%1 tem nomes de colunas, mas nenhuma linha: não há nada para importar.</translation>
    </message>
    <message>
        <source>%1 was not imported: every column was skipped.</source>
        <translation>%1 não foi importado: todas as colunas foram ignoradas.</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows</source>
        <extracomment>Status bar while rows are imported; %1 is a file name, %2 the number of rows so far</extracomment>
        <translation>%1: importando (%2 linhas)</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <extracomment>Status bar after an import; %1 is a file name in quotes or &quot;The pasted cells&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln linha importada.</numerusform>
            <numerusform>%1: %Ln linhas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importação (%1)</translation>
    </message>
    <message>
        <source>An import this large cannot be undone; use New Batch to start over.</source>
        <translation>Uma importação deste tamanho não pode ser desfeita; use Novo lote para recomeçar.</translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2, column %3: %4</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 a column number, %4 what is wrong (English, from the reader)</extracomment>
        <translation>%1 não pôde ser importado: linha %2, coluna %3: %4</translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2: %3</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 what is wrong</extracomment>
        <translation>%1 não pôde ser importado: linha %2: %3</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <extracomment>%1 is a file name in quotes, %2 what is wrong</extracomment>
        <translation>%1 não pôde ser importado: %2</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Falha na importação</translation>
    </message>
    <message>
        <source>Nothing was imported: the grid is as it was.</source>
        <translation>Nada foi importado: a grade continua como estava.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: the %Ln row(s) already added were taken out again; the grid is as it was.</source>
        <translation>
            <numerusform>Importação cancelada: a %Ln linha já adicionada foi removida; a grade continua como estava.</numerusform>
            <numerusform>Importação cancelada: as %Ln linhas já adicionadas foram removidas; a grade continua como estava.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importação cancelada.</translation>
    </message>
    <message>
        <source>If the file was saved by a program that writes Windows-1252 (such as Excel on Windows), it can be read that way instead; letters written in UTF-8 would then look wrong. Read it as Windows-1252?</source>
        <extracomment>Asked after a file could not be read as UTF-8; the text above says where the bad byte is</extracomment>
        <translation>Se o arquivo foi salvo por um programa que grava em Windows-1252 (como o Excel no Windows), ele pode ser lido dessa forma; as letras gravadas em UTF-8 ficariam incorretas. Ler como Windows-1252?</translation>
    </message>
    <message>
        <source>Read as Windows-1252</source>
        <extracomment>Button that reads the file again as Windows-1252</extracomment>
        <translation>Ler como Windows-1252</translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %Ln column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>Adicionar %Ln coluna</numerusform>
            <numerusform>Adicionar %Ln colunas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Inserir %Ln linha</numerusform>
            <numerusform>Inserir %Ln linhas</numerusform>
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
    <message>
        <source>Every row has been sent: there is nothing to preview.</source>
        <translation>Todas as linhas foram enviadas: não há nada para pré-visualizar.</translation>
    </message>
    <message>
        <source>Preview Requests</source>
        <translation>Pré-visualizar solicitações</translation>
    </message>
    <message>
        <source>Rows are being sent: wait for the run to end.</source>
        <translation>As linhas estão sendo enviadas: aguarde o fim da execução.</translation>
    </message>
    <message>
        <source>Exporting results to %1… %2%</source>
        <extracomment>The status bar while a results file is written; %1 is its name, %2 the percentage written so far</extracomment>
        <translation>Exportando resultados para %1… %2%</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln linha exportada para %1.</numerusform>
            <numerusform>%Ln linhas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1… %2%</source>
        <extracomment>The status bar while a draft is saved; %1 is its file name, %2 the percentage written so far</extracomment>
        <translation>Salvando %1… %2%</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln linha salva em %1.</numerusform>
            <numerusform>%Ln linhas salvas em %1.</numerusform>
        </translation>
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
    <message>
        <source>Owner cells show IDs, not names: the token may not read the owners (HubSpot scope %1).</source>
        <extracomment>%1 is the HubSpot scope the token lacks (crm.objects.owners.read)</extracomment>
        <translation>As células de proprietário mostram IDs, não nomes: o token talvez não possa ler os proprietários (escopo da HubSpot %1).</translation>
    </message>
    <message>
        <source>Owner cells show IDs, not names: the owners could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation>As células de proprietário mostram IDs, não nomes: não foi possível ler os proprietários (%1).</translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the token may not read the pipelines.</source>
        <translation>As fases não são verificadas em relação ao pipeline de cada linha: o token talvez não possa ler os pipelines.</translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the pipelines could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation>As fases não são verificadas em relação ao pipeline de cada linha: não foi possível ler os pipelines (%1).</translation>
    </message>
</context>
<context>
    <name>Batchsmith::PreviewDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) in %2 request(s) to %3. Each send gives objectWriteTraceId a new run id in place of “preview”; everything else is sent exactly as shown.</source>
        <extracomment>%n rows in all, %2 the number of requests, %3 the endpoint path</extracomment>
        <translation>
            <numerusform>%Ln linha para %3 (solicitações: %2). Cada envio substitui “preview” em objectWriteTraceId por um novo ID de execução; todo o restante é enviado exatamente como mostrado.</numerusform>
            <numerusform>%Ln linhas para %3 (solicitações: %2). Cada envio substitui “preview” em objectWriteTraceId por um novo ID de execução; todo o restante é enviado exatamente como mostrado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln row(s) (%2–%3)</source>
        <extracomment>A batch in the preview list: %1 its number, %n its rows, %2 and %3 the first and last grid row in it. Example: &quot;Batch 2: 100 rows (101–200)&quot;</extracomment>
        <translation>
            <numerusform>Lote %1: %Ln linha (%2–%3)</numerusform>
            <numerusform>Lote %1: %Ln linhas (%2–%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation>Limite de taxa ainda desconhecido: nenhuma resposta até agora</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %Ln request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>Aguardando %1 s: %2 de %Ln solicitação disponível nesta janela de %3 segundos</numerusform>
            <numerusform>Aguardando %1 s: %2 de %Ln solicitações disponíveis nesta janela de %3 segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1 de %Ln solicitação disponível nesta janela de %2 segundos</numerusform>
            <numerusform>%1 de %Ln solicitações disponíveis nesta janela de %2 segundos</numerusform>
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
    <message>
        <source>&amp;Sort Ascending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation>Classificar em ordem cr&amp;escente</translation>
    </message>
    <message>
        <source>S&amp;ort Descending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation>Classificar em ordem decre&amp;scente</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecoveryDialog</name>
    <message>
        <source>Recover Drafts</source>
        <extracomment>Title of the dialog offering drafts saved automatically before a crash</extracomment>
        <translation>Recuperar rascunhos</translation>
    </message>
    <message>
        <source>Batchsmith did not close properly last time. These drafts were saved automatically. Recover one into this window; the others stay and are offered again the next time Batchsmith starts, until you recover or discard them.</source>
        <translation>O Batchsmith não foi fechado corretamente da última vez. Estes rascunhos foram salvos automaticamente. Recupere um nesta janela; os outros são mantidos e oferecidos de novo na próxima vez que o Batchsmith iniciar, até que você os recupere ou descarte.</translation>
    </message>
    <message>
        <source>Drafts saved automatically</source>
        <translation>Rascunhos salvos automaticamente</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <extracomment>Button: recover the selected draft into this window</extracomment>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Button: delete the selected draft saved automatically</extracomment>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <extracomment>Button: close, keeping every draft for the next start</extracomment>
        <translation>&amp;Manter para depois</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1 (%Ln row(s))</source>
        <extracomment>A draft saved automatically: %1 a date and time, %n its number of rows</extracomment>
        <translation>
            <numerusform>Salvo em %1 (%Ln linha)</numerusform>
            <numerusform>Salvo em %1 (%Ln linhas)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2
It is left in %3.</source>
        <extracomment>A draft saved automatically that cannot be read. %1 its file name, %2 why (in English), %3 its folder</extracomment>
        <translation>Não foi possível abrir %1: %2
Ele foi mantido em %3.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ReferenceOptions</name>
    <message>
        <source>“%1” is not a stage of the pipeline “%2”: it belongs to “%3”. Choose a stage of “%2”, or change the pipeline.</source>
        <extracomment>%1 is a pipeline stage, %2 the record&apos;s pipeline, %3 the pipeline the stage belongs to</extracomment>
        <translation>“%1” não é uma fase do pipeline “%2”: pertence a “%3”. Escolha uma fase de “%2” ou altere o pipeline.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A choice in an owner drop-down: %1 is the owner&apos;s name, %2 the owner&apos;s email address</extracomment>
        <translation>%1 (%2)</translation>
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
        <source>Remove %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Remover %Ln linha</numerusform>
            <numerusform>Remover %Ln linhas</numerusform>
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
        <source>Sending %Ln row(s)…</source>
        <translation>
            <numerusform>Enviando %Ln linha…</numerusform>
            <numerusform>Enviando %Ln linhas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) planned.</source>
        <translation>
            <numerusform>%Ln lote planejado.</numerusform>
            <numerusform>%Ln lotes planejados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Cancelado após %1: %Ln linha.</numerusform>
            <numerusform>Cancelado após %1: %Ln linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation>Interrompido após %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Concluído em %1: %Ln linha.</numerusform>
            <numerusform>Concluído em %1: %Ln linhas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation>Criados: %1, atualizados: %2, com falha: %3, desconhecidos: %4, ignorados: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>%Ln solicitação; repetições: %1; limite de taxa atingido: %2.</numerusform>
            <numerusform>%Ln solicitações; repetições: %1; limite de taxa atingido: %2.</numerusform>
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
        <source>Lookup %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>Consulta %1 · %Ln linha · %2</numerusform>
            <numerusform>Consulta %1 · %Ln linhas · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>Tentativa %1 · %Ln linha · %2</numerusform>
            <numerusform>Tentativa %1 · %Ln linhas · %2</numerusform>
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
    <message>
        <source>This batch&apos;s request and answer are kept in the run journal, which could not be read: %1</source>
        <extracomment>Shown instead of a batch&apos;s request and answer. %1 is why the journal could not be read.</extracomment>
        <translation>A solicitação e a resposta deste lote ficam no diário da execução, que não pôde ser lido: %1</translation>
    </message>
    <message numerus="yes">
        <source>This run has no journal, so only the latest %Ln batch(es) keep their request and answer; this batch&apos;s were not kept.</source>
        <extracomment>Shown instead of an older batch&apos;s request and answer in a run without a journal. %n is how many of the latest batches keep theirs.</extracomment>
        <translation>
            <numerusform>Esta execução não tem diário, então só %Ln lote, o mais recente, guarda a solicitação e a resposta; as deste lote não foram guardadas.</numerusform>
            <numerusform>Esta execução não tem diário, então só os últimos %Ln lotes guardam a solicitação e a resposta; as deste lote não foram guardadas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryController</name>
    <message numerus="yes">
        <source>A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?</source>
        <extracomment>%n rows in the run, %1 the object type&apos;s plural label (Contacts, Cars), %2 rows with an outcome, %3 rows not sent. E.g. &quot;A run of 120 Contacts stopped before it finished: 80 sent, 40 not sent. Resume it?&quot;</extracomment>
        <translation>
            <numerusform>Uma execução de %1 com %Ln linha parou antes de terminar. Enviadas: %2; não enviadas: %3. Retomá-la?</numerusform>
            <numerusform>Uma execução de %1 com %Ln linhas parou antes de terminar. Enviadas: %2; não enviadas: %3. Retomá-la?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume loads its rows into a new batch and sends the rest; rows sent without an answer are checked first, so nothing is created twice. Later asks again next time. Discard stops asking; the run stays in Tools › Run History.</source>
        <translation>Retomar carrega as linhas dela em um novo lote e envia o restante; as linhas enviadas sem resposta são verificadas primeiro, para que nada seja criado duas vezes. Depois pergunta de novo na próxima vez. Descartar deixa de perguntar; a execução continua em Ferramentas › Histórico de execuções.</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button of the resume question</extracomment>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Button of the resume question: ask again at the next start</extracomment>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button of the resume question: do not ask again (the run stays in the run history)</extracomment>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Retomar execução</translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Um lote já está sendo enviado.</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be read: %1</source>
        <extracomment>%1 is why the run&apos;s journal could not be read</extracomment>
        <translation>Não foi possível ler o diário da execução: %1</translation>
    </message>
    <message>
        <source>Revert the run of %1 started %2?</source>
        <extracomment>%1 is the object type (Contacts, Cars), %2 when the run started</extracomment>
        <translation>Reverter a execução de %1 iniciada em %2?</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln updated record(s) to their previous values.</source>
        <translation>
            <numerusform>Restaurar os valores anteriores de %Ln registro atualizado.</numerusform>
            <numerusform>Restaurar os valores anteriores de %Ln registros atualizados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln record(s) the run created.</source>
        <translation>
            <numerusform>Arquivar %Ln registro criado pela execução.</numerusform>
            <numerusform>Arquivar %Ln registros criados pela execução.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) stay as they are: their values were not kept before the run.</source>
        <translation>
            <numerusform>%Ln registro atualizado fica como está: os valores dele não foram guardados antes da execução.</numerusform>
            <numerusform>%Ln registros atualizados ficam como estão: os valores deles não foram guardados antes da execução.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <translation>
            <numerusform>%Ln registro criado não pode ser arquivado: a resposta da HubSpot não informou o ID dele.</numerusform>
            <numerusform>%Ln registros criados não podem ser arquivados: a resposta da HubSpot não informou os IDs deles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why the run&apos;s journal could not be read
----------
%1 is why the revert could not start</extracomment>
        <translation>Reverter execução</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the revert confirmation</extracomment>
        <translation>Reverter</translation>
    </message>
    <message>
        <source>Choose an account with a token first.</source>
        <translation>Escolha primeiro uma conta com token.</translation>
    </message>
    <message>
        <source>The revert could not start: %1</source>
        <translation>Não foi possível iniciar a reversão: %1</translation>
    </message>
    <message>
        <source>Resume Revert</source>
        <translation>Retomar reversão</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryDialog</name>
    <message>
        <source>Reading the run journals…</source>
        <translation>Lendo os diários de execução…</translation>
    </message>
    <message>
        <source>No run yet: every batch sent from now on is listed here.</source>
        <extracomment>%n is the number of past runs listed</extracomment>
        <translation>Nenhuma execução ainda: todo lote enviado a partir de agora será listado aqui.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s).</source>
        <translation>
            <numerusform>%Ln execução.</numerusform>
            <numerusform>%Ln execuções.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run has been reverted already: see the revert run in the list.</source>
        <translation>Esta execução já foi revertida: veja a execução de reversão na lista.</translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
        <translation>Restaurar os valores que a execução sobrescreveu e arquivar os registros que ela criou.</translation>
    </message>
    <message>
        <source>Export Run Results</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>Exportar resultados da execução</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo de resultados: %1</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>Resultados gravados em %1.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Revertendo…</translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why HubSpot stopped the revert, in its words</extracomment>
        <translation>Reverter execução</translation>
    </message>
    <message numerus="yes">
        <source>Revert finished: %Ln record(s) restored or archived.</source>
        <translation>
            <numerusform>Reversão concluída: %Ln registro restaurado ou arquivado.</numerusform>
            <numerusform>Reversão concluída: %Ln registros restaurados ou arquivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be reverted: see the revert run&apos;s rows.</source>
        <translation>
            <numerusform>Não foi possível reverter %Ln registro: veja as linhas da execução de reversão.</numerusform>
            <numerusform>Não foi possível reverter %Ln registros: veja as linhas da execução de reversão.</numerusform>
        </translation>
    </message>
    <message>
        <source>The revert stopped: %1</source>
        <translation>A reversão foi interrompida: %1</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryModel</name>
    <message>
        <source>%1 s</source>
        <extracomment>A short duration in seconds with one decimal, e.g. &quot;4.2 s&quot;</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>A duration: %1 minutes, %2 seconds (two digits), e.g. &quot;3 min 05 s&quot;</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>A long duration: %1 hours, %2 minutes (two digits), e.g. &quot;1 h 02 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>State of a past run: every row has an outcome</extracomment>
        <translation>Concluída</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>State of a past run: it was cancelled or the window closed with rows not sent</extracomment>
        <translation>Parada</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>State of a past run: the app stopped during the run (crash, power loss); it can be resumed</extracomment>
        <translation>Interrompida</translation>
    </message>
    <message>
        <source>Every row of this run has an outcome.</source>
        <translation>Todas as linhas desta execução têm um resultado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent. Resume sends them.</source>
        <translation>
            <numerusform>%Ln linha não foi enviada. Retomar a envia.</numerusform>
            <numerusform>%Ln linhas não foram enviadas. Retomar as envia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The app stopped during this run with %Ln row(s) not sent. Resume sends them; rows sent without an answer are checked first.</source>
        <translation>
            <numerusform>O aplicativo parou durante esta execução com %Ln linha não enviada. Retomar a envia; as linhas enviadas sem resposta são verificadas primeiro.</numerusform>
            <numerusform>O aplicativo parou durante esta execução com %Ln linhas não enviadas. Retomar as envia; as linhas enviadas sem resposta são verificadas primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <source>revert</source>
        <extracomment>Mode of a past run that undid another run</extracomment>
        <translation>reversão</translation>
    </message>
    <message>
        <source>upsert</source>
        <extracomment>Mode of a past run</extracomment>
        <translation>upsert</translation>
    </message>
    <message>
        <source>create</source>
        <translation>criação</translation>
    </message>
    <message numerus="yes">
        <source>Includes %Ln row(s) sent without a known outcome.</source>
        <extracomment>%n rows were sent but their answer was lost</extracomment>
        <translation>
            <numerusform>Inclui %Ln linha enviada sem resultado conhecido.</numerusform>
            <numerusform>Inclui %Ln linhas enviadas sem resultado conhecido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header: when a run started</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>Column header: the HubSpot account (portal id)</extracomment>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the object type written (Contacts, Companies, …)</extracomment>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column header: create, upsert or revert</extracomment>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: number of records created</extracomment>
        <translation>Criados</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column header: number of records updated</extracomment>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column header: number of rows that failed</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <extracomment>Column header: number of rows not sent</extracomment>
        <translation>Não enviados</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the run took</extracomment>
        <translation>Duração</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: finished, stopped or interrupted</extracomment>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunRowsModel</name>
    <message>
        <source>Created</source>
        <extracomment>Outcome of a row: a record was created</extracomment>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Outcome of a row: a record was updated</extracomment>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome of a row: HubSpot refused it</extracomment>
        <translation>Com falha</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of a row: sent, but the answer was lost</extracomment>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome of a row: not sent (yet)</extracomment>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column header: the row&apos;s number in the run</extracomment>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column header: created, updated, failed, …</extracomment>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Column header: the HubSpot record id</extracomment>
        <translation>ID do registro</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Column header: HubSpot&apos;s error message</extracomment>
        <translation>Mensagem</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SandboxCountersDialog</name>
    <message>
        <source>Sandbox Counters</source>
        <translation>Contadores do sandbox</translation>
    </message>
    <message>
        <source>Requests by HTTP status:</source>
        <translation>Solicitações por status HTTP:</translation>
    </message>
    <message>
        <source>Records by object type:</source>
        <translation>Registros por tipo de objeto:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitações</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Tipo de objeto</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Duplicates created: %1 (must stay 0)</source>
        <extracomment>%1 is a count that must stay 0: records the sandbox created twice because a request was sent twice</extracomment>
        <translation>Duplicatas criadas: %1 (deve permanecer 0)</translation>
    </message>
    <message>
        <source>%1 requests; %2 records created, %3 updated; %4 rate-limited (429); %5 faults injected</source>
        <extracomment>Sandbox totals. %1 requests, %2 records created, %3 updated, %4 answers 429, %5 faults injected</extracomment>
        <translation>%1 solicitações; %2 registros criados, %3 atualizados; %4 com limite de taxa (429); %5 falhas injetadas</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SandboxMenu</name>
    <message>
        <source>&amp;Sandbox</source>
        <extracomment>Menu shown while the account in use is a sandbox (a local imitation of HubSpot)</extracomment>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Reset Portal…</source>
        <translation>&amp;Redefinir portal…</translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded, and clear its counters</source>
        <translation>Restaurar o portal do sandbox ao estado inicial e zerar os contadores</translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation>&amp;Contadores</translation>
    </message>
    <message>
        <source>Requests by status, records by type and duplicates created</source>
        <translation>Solicitações por status, registros por tipo e duplicatas criadas</translation>
    </message>
    <message>
        <source>The scenario was not applied.</source>
        <translation>O cenário não foi aplicado.</translation>
    </message>
    <message>
        <source>Sandbox scenario: %1</source>
        <extracomment>%1 is a scenario&apos;s name from the Sandbox menu, e.g. Lost Answers</extracomment>
        <translation>Cenário do sandbox: %1</translation>
    </message>
    <message>
        <source>Reset Sandbox Portal</source>
        <translation>Redefinir portal do sandbox</translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded? Every record created or changed since is removed, and its counters start again. The scenario stays as it is.</source>
        <translation>Restaurar o portal do sandbox ao estado inicial? Todos os registros criados ou alterados desde então serão removidos, e os contadores recomeçam. O cenário permanece como está.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal was not reset.</source>
        <translation>O portal do sandbox não foi redefinido.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal is as it was seeded.</source>
        <translation>O portal do sandbox está no estado inicial.</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <extracomment>%1 says what failed, %2 is the sandbox&apos;s reason</extracomment>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ScenarioPresets</name>
    <message>
        <source>Normal</source>
        <extracomment>Sandbox menu, scenario: everything answers as usual</extracomment>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Slow Portal</source>
        <translation>Portal lento</translation>
    </message>
    <message>
        <source>Rate-Limit Storm</source>
        <translation>Tempestade de limite de taxa</translation>
    </message>
    <message>
        <source>Lost Answers</source>
        <translation>Respostas perdidas</translation>
    </message>
    <message>
        <source>Flaky Server</source>
        <translation>Servidor instável</translation>
    </message>
    <message>
        <source>Partial Failures</source>
        <translation>Falhas parciais</translation>
    </message>
    <message>
        <source>Token Refused</source>
        <translation>Token recusado</translation>
    </message>
    <message>
        <source>Daily Limit Reached</source>
        <translation>Limite diário atingido</translation>
    </message>
    <message>
        <source>The sandbox answers every request at once, as a healthy HubSpot portal does.</source>
        <translation>O sandbox responde a cada solicitação imediatamente, como faz um portal da HubSpot saudável.</translation>
    </message>
    <message>
        <source>Every answer takes a second.</source>
        <translation>Cada resposta leva um segundo.</translation>
    </message>
    <message>
        <source>Every fourth batch request gets 429 TEN_SECONDLY_ROLLING.</source>
        <translation>Uma em cada quatro solicitações de lote recebe 429 TEN_SECONDLY_ROLLING.</translation>
    </message>
    <message>
        <source>Every third batch is written, then answered 502, as when a proxy loses the answer.</source>
        <translation>Um em cada três lotes é gravado e depois recebe 502, como quando um proxy perde a resposta.</translation>
    </message>
    <message>
        <source>Some batch requests get 500 or 503 before anything is written.</source>
        <translation>Algumas solicitações de lote recebem 500 ou 503 antes que algo seja gravado.</translation>
    </message>
    <message>
        <source>Every tenth input is refused: the batch gets 207 and the other inputs are written.</source>
        <translation>Uma em cada dez entradas é recusada: o lote recebe 207 e as demais entradas são gravadas.</translation>
    </message>
    <message>
        <source>Every request gets 401, as with a revoked token.</source>
        <translation>Todas as solicitações recebem 401, como com um token revogado.</translation>
    </message>
    <message>
        <source>Every request gets 429 DAILY: the account&apos;s daily limit is used up.</source>
        <translation>Todas as solicitações recebem 429 DAILY: o limite diário da conta foi esgotado.</translation>
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
    <message>
        <source>The run journal could not be written, so nothing was sent: %1</source>
        <extracomment>%1 is why the file could not be written, e.g. &quot;disk full&quot;
----------
%1 is why the run journal could not be written</extracomment>
        <translation>Não foi possível gravar o diário de execução, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>The run journal could not be opened: %1</source>
        <extracomment>%1 is why the run journal could not be opened</extracomment>
        <translation>Não foi possível abrir o diário de execução: %1</translation>
    </message>
    <message>
        <source>The run journal could not be read: %1</source>
        <extracomment>%1 is why the run journal could not be read</extracomment>
        <translation>Não foi possível ler o diário de execução: %1</translation>
    </message>
    <message>
        <source>Every row of this run has an outcome: nothing is left to send.</source>
        <translation>Todas as linhas desta execução têm um resultado: não resta nada para enviar.</translation>
    </message>
    <message>
        <source>The values this run would overwrite could not be read, so nothing was sent: %1</source>
        <extracomment>%1 is why HubSpot did not answer, in its words</extracomment>
        <translation>Não foi possível ler os valores que esta execução sobrescreveria, então nada foi enviado: %1</translation>
    </message>
    <message>
        <source>Sending stopped because the run journal could not be written: %1
The rows not sent yet are still in the grid.</source>
        <extracomment>%1 is why the run journal could not be written, e.g. &quot;disk full&quot;</extracomment>
        <translation>O envio foi interrompido porque não foi possível gravar o diário de execução: %1
As linhas ainda não enviadas continuam na grade.</translation>
    </message>
    <message>
        <source>This run is being sent in this window. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run that this window is sending right now</extracomment>
        <translation>Esta execução está sendo enviada nesta janela. Aguarde até que ela termine, ou interrompa-a, e tente novamente.</translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli (process ID %1). Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is the process ID of the other Batchsmith window or batchsmith-cli, a plain number such as 4242 (no digit grouping)</extracomment>
        <translation>Esta execução está sendo enviada por outra janela do Batchsmith ou pelo batchsmith-cli (ID do processo %1). Aguarde até que ela termine, ou interrompa-a, e tente novamente.</translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation>Esta execução está sendo enviada por outra janela do Batchsmith ou pelo batchsmith-cli. Aguarde até que ela termine, ou interrompa-a, e tente novamente.</translation>
    </message>
    <message>
        <source>This run went to the sandbox on this computer, but the account in use is a HubSpot account. Choose the sandbox&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation>Esta execução foi para o sandbox deste computador, mas a conta em uso é uma conta da HubSpot. Escolha a conta do sandbox e tente novamente.</translation>
    </message>
    <message>
        <source>This run went to HubSpot (%1), but the account in use is the sandbox on this computer. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is where the run went, e.g. api.hubapi.com</extracomment>
        <translation>Esta execução foi para a HubSpot (%1), mas a conta em uso é o sandbox deste computador. Escolha a conta com que a execução foi enviada e tente novamente.</translation>
    </message>
    <message>
        <source>This run went to %1, but the account in use sends to %2. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are host names, e.g. api.hubapi.com</extracomment>
        <translation>Esta execução foi para %1, mas a conta em uso envia para %2. Escolha a conta com que a execução foi enviada e tente novamente.</translation>
    </message>
    <message>
        <source>This run went to portal %1, but the account in use is portal %2. Choose that portal&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are HubSpot portal (account) ids</extracomment>
        <translation>Esta execução foi para o portal %1, mas a conta em uso é do portal %2. Escolha a conta desse portal e tente novamente.</translation>
    </message>
    <message>
        <source>Paused: the run journal %1 could not be written (%2). Nothing is lost: free some disk space, then resume the run, or cancel it.</source>
        <extracomment>Shown beside a paused run. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation>Pausado: não foi possível gravar o diário da execução %1 (%2). Nada foi perdido: libere espaço em disco e retome a execução, ou cancele-a.</translation>
    </message>
    <message>
        <source>The run journal %1 could not be written (%2). The outcomes are in the grid.</source>
        <extracomment>Shown beside a run that is stopping. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation>Não foi possível gravar o diário da execução %1 (%2). Os resultados estão na grade.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendPresenter</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln segundo</numerusform>
            <numerusform>%Ln segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hora</numerusform>
            <numerusform>%Ln horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Linhas enviadas</translation>
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
        <source>… and %Ln more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>… e mais %Ln.</numerusform>
            <numerusform>… e mais %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %Ln problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>Nada foi enviado: corrija %Ln problema primeiro.</numerusform>
            <numerusform>Nada foi enviado: corrija %Ln problemas primeiro.</numerusform>
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
        <source>Cancelled: %Ln row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>Cancelado: %Ln linha não foi enviada.</numerusform>
            <numerusform>Cancelado: %Ln linhas não foram enviadas.</numerusform>
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
        <source>%Ln row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>%Ln célula a corrigir</numerusform>
            <numerusform>%Ln células a corrigir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln criado</numerusform>
            <numerusform>%Ln criados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln atualizado</numerusform>
            <numerusform>%Ln atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln com falha</numerusform>
            <numerusform>%Ln com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>%Ln desconhecido</numerusform>
            <numerusform>%Ln desconhecidos</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>No row has an unknown outcome.</source>
        <translation>Nenhuma linha tem resultado desconhecido.</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln row(s) with an unknown outcome again as new records, without looking them up?

Their earlier answers were lost, and looking them up could not prove whether their earlier send wrote them. Every one HubSpot did write will exist twice. Check them in HubSpot first; Retry Failed Rows looks them up instead.</source>
        <extracomment>Confirmation before creating rows again without looking them up; %n is the number of rows</extracomment>
        <translation>
            <numerusform>Criar de novo %Ln linha com resultado desconhecido como novo registro, sem procurá-la?

A resposta anterior foi perdida, e a busca não conseguiu provar se o envio anterior a gravou. Se o HubSpot a gravou, ela existirá em dobro. Verifique no HubSpot primeiro; Reenviar linhas com falha a procura em vez disso.</numerusform>
            <numerusform>Criar de novo %Ln linhas com resultado desconhecido como novos registros, sem procurá-las?

As respostas anteriores foram perdidas, e a busca não conseguiu provar se o envio anterior as gravou. Cada uma que o HubSpot gravou existirá em dobro. Verifique no HubSpot primeiro; Reenviar linhas com falha as procura em vez disso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Unknown Rows Again</source>
        <translation>Reenviar linhas desconhecidas</translation>
    </message>
    <message>
        <source>Create Again</source>
        <extracomment>Button of the confirmation before creating unknown rows again</extracomment>
        <translation>Criar de novo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are unknown: HubSpot may have them, so they were not sent again. Check them in HubSpot, or use Send Unknown Rows Again.</source>
        <extracomment>%n rows whose answer was lost and that could not be looked up</extracomment>
        <translation>
            <numerusform>%Ln linha está desconhecida: o HubSpot pode já tê-la, então ela não foi reenviada. Verifique no HubSpot ou use Reenviar linhas desconhecidas.</numerusform>
            <numerusform>%Ln linhas estão desconhecidas: o HubSpot pode já tê-las, então elas não foram reenviadas. Verifique no HubSpot ou use Reenviar linhas desconhecidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress bar text while a big run is checked and written to its run journal, before its first request; %1 is a percentage such as 42</extracomment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Preparing the run…</source>
        <extracomment>Shown while a big run is checked and written to its run journal, before its first request</extracomment>
        <translation>Preparando o envio…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>Colar %Ln célula</numerusform>
            <numerusform>Colar %Ln células</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>Limpar %Ln célula</numerusform>
            <numerusform>Limpar %Ln células</numerusform>
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
    <name>Batchsmith::SortRecordsCommand</name>
    <message>
        <source>Sort by %1, ascending</source>
        <translation>Classificar por %1, em ordem crescente</translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
        <translation>Classificar por %1, em ordem decrescente</translation>
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
    <name>Batchsmith::TextDecoder</name>
    <message>
        <source>%1 is not UTF-8; read it as Windows-1252.</source>
        <extracomment>Shown after opening a file: %1 is the file name, e.g. &quot;rows.csv is not UTF-8; read it as Windows-1252.&quot;</extracomment>
        <translation>%1 não está em UTF-8; foi lido como Windows-1252.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
        <translation>%1 está em UTF-16 (little-endian) e foi lido como tal.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
        <translation>%1 está em UTF-16 (big-endian) e foi lido como tal.</translation>
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
    <message>
        <source>The built-in sandbox accepts only its own token, made for this installation: %1.</source>
        <extracomment>%1 is the start and end of the sandbox&apos;s token, made at random for this installation, e.g. sandbox-…9f3a</extracomment>
        <translation>O sandbox integrado aceita apenas seu próprio token, criado para esta instalação: %1.</translation>
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
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match Columns</source>
        <translation>Mapear colunas</translation>
    </message>
    <message>
        <source>Choose the property each column of the file goes to.</source>
        <translation>Escolha a propriedade para a qual vai cada coluna do arquivo.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Como o arquivo foi lido</translation>
    </message>
    <message>
        <source>Columns left to match</source>
        <translation>Colunas que faltam mapear</translation>
    </message>
    <message>
        <source>&amp;First row holds the column names</source>
        <translation>A &amp;primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>A primeira linha contém os nomes das colunas</translation>
    </message>
    <message>
        <source>Show only columns &amp;not matched</source>
        <translation>Mostrar só colunas &amp;não mapeadas</translation>
    </message>
    <message>
        <source>Show only columns not matched</source>
        <translation>Mostrar só colunas não mapeadas</translation>
    </message>
    <message>
        <source>Columns of the file and where they go</source>
        <translation>Colunas do arquivo e seus destinos</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Coluna do arquivo</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemplos</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Mapeada por</translation>
    </message>
    <message>
        <source>&amp;Remember these choices</source>
        <translation>&amp;Lembrar estas escolhas</translation>
    </message>
    <message>
        <source>Remember these choices</source>
        <translation>Lembrar estas escolhas</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificação:</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded. Automatic reads UTF-8, UTF-16 with a byte order mark, and Windows-1252 when the text is plain ASCII up to its first byte that is not UTF-8. Choosing another encoding reads the file again.</source>
        <translation>Como o texto do arquivo está codificado. Automática lê UTF-8, UTF-16 com marca de ordem de bytes e Windows-1252 quando o texto é ASCII simples até o primeiro byte que não é UTF-8. Escolher outra codificação lê o arquivo novamente.</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Codificação do arquivo</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
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
    <name>GridFilterBar</name>
    <message>
        <source>Shows only the rows with this text in a value, a record ID or an error.</source>
        <translation>Mostra só as linhas com este texto em um valor, um ID de registro ou um erro.</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrar linhas</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrar linhas…</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Linhas a mostrar</translation>
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
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open a saved draft (.batchsmith)</source>
        <translation>Abrir um rascunho salvo (.batchsmith)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Sa&amp;lvar</translation>
    </message>
    <message>
        <source>Save the draft: batch choices, columns, rows and their outcomes</source>
        <translation>Salvar o rascunho: opções do lote, colunas, linhas e seus resultados</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Salvar c&amp;omo…</translation>
    </message>
    <message>
        <source>Save the draft to another file</source>
        <translation>Salvar o rascunho em outro arquivo</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Write the grid and each row’s outcome as CSV, as batchsmith-cli --results does</source>
        <translation>Gravar a grade e o resultado de cada linha em CSV, como faz o batchsmith-cli --results</translation>
    </message>
    <message>
        <source>Pre&amp;view Requests…</source>
        <translation>Pré-v&amp;isualizar solicitações…</translation>
    </message>
    <message>
        <source>Show the JSON bodies that sending the rows not sent yet would post, batch by batch</source>
        <translation>Mostrar, lote por lote, os corpos JSON das solicitações que enviariam as linhas ainda não enviadas</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add rows from a CSV or TSV file, or from a results file of an earlier run</source>
        <translation>Adicionar linhas de um arquivo CSV ou TSV, ou de um arquivo de resultados de uma execução anterior</translation>
    </message>
    <message>
        <source>Run &amp;History…</source>
        <translation>&amp;Histórico de execuções…</translation>
    </message>
    <message>
        <source>Past runs: their rows and outcomes; export, resume or revert them</source>
        <translation>Execuções anteriores: linhas e resultados; exportar, retomar ou reverter</translation>
    </message>
    <message>
        <source>Send the rows that failed again; unknown rows are looked up first and sent only if HubSpot certainly does not have them</source>
        <translation>Reenviar as linhas com falha; as linhas desconhecidas são procuradas primeiro e enviadas só se o HubSpot com certeza não as tiver</translation>
    </message>
    <message>
        <source>Send &amp;Unknown Rows Again…</source>
        <translation>Reenviar linhas &amp;desconhecidas…</translation>
    </message>
    <message>
        <source>Create the rows whose outcome is unknown again, without looking them up: those HubSpot did write are created twice</source>
        <translation>Criar de novo as linhas com resultado desconhecido, sem procurá-las: as que o HubSpot gravou são criadas em dobro</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview Requests</source>
        <comment>Title of the dialog that shows the JSON bodies a send would post</comment>
        <translation>Pré-visualizar solicitações</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>&amp;Lotes:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lotes</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corpo da solicitação</translation>
    </message>
    <message>
        <source>Copy the selected batch’s JSON body to the clipboard</source>
        <translation>Copiar o corpo JSON do lote selecionado para a área de transferência</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy every request, each as its request line and JSON body</source>
        <translation>Copiar todas as solicitações, cada uma com a linha de solicitação e o corpo JSON</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copiar &amp;tudo</translation>
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
    <message>
        <source>What HubSpot answered each request of this batch, and what Batchsmith did about it</source>
        <translation>O que a HubSpot respondeu a cada solicitação deste lote e o que o Batchsmith fez a respeito</translation>
    </message>
    <message>
        <source>What happened to this batch</source>
        <translation>O que aconteceu com este lote</translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Reverting run %1:</source>
        <extracomment>First sentence of the revert confirmation; %1 is the run id, e.g. &quot;3f2a9c0d1b7e&quot;.</extracomment>
        <translation>Revertendo a execução %1:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will get back the values they had before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln registro voltará aos valores que tinha antes da execução.</numerusform>
            <numerusform>%Ln registros voltarão aos valores que tinham antes da execução.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) that the run created will be archived.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln registro criado pela execução será arquivado.</numerusform>
            <numerusform>%Ln registros criados pela execução serão arquivados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) will be left as they are: their values were not read before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln registro atualizado ficará como está: seus valores não foram lidos antes da execução.</numerusform>
            <numerusform>%Ln registros atualizados ficarão como estão: seus valores não foram lidos antes da execução.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln registro criado não pode ser arquivado: a resposta da HubSpot não informou o ID dele.</numerusform>
            <numerusform>%Ln registros criados não podem ser arquivados: a resposta da HubSpot não informou os IDs deles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) marked created were not sent by this run and will be left as they are.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln registro marcado como criado não foi enviado por esta execução e será mantido como está.</numerusform>
            <numerusform>%Ln registros marcados como criados não foram enviados por esta execução e serão mantidos como estão.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistoryDialog</name>
    <message>
        <source>Run History</source>
        <translation>Histórico de execuções</translation>
    </message>
    <message>
        <source>&amp;Past runs, newest first:</source>
        <translation>Execuções &amp;anteriores, mais recentes primeiro:</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Execuções anteriores</translation>
    </message>
    <message>
        <source>R&amp;ows of the selected run:</source>
        <translation>&amp;Linhas da execução selecionada:</translation>
    </message>
    <message>
        <source>Rows of the selected run</source>
        <translation>Linhas da execução selecionada</translation>
    </message>
    <message>
        <source>Revert progress</source>
        <translation>Progresso da reversão</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exportar resultados…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s rows and outcomes to a CSV results file.</source>
        <translation>Gravar as linhas e os resultados da execução selecionada em um arquivo de resultados CSV.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <source>Show the folder where the run journals are kept.</source>
        <translation>Mostrar a pasta onde os diários de execução são guardados.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <source>Load the run into the grid and send the rows it did not send.</source>
        <translation>Carregar a execução na grade e enviar as linhas que ela não enviou.</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>Re&amp;verter…</translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
        <translation>Restaurar os valores que a execução sobrescreveu e arquivar os registros que ela criou.</translation>
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
    <message>
        <source>&amp;Keep the values an upsert overwrites, so it can be reverted</source>
        <translation>&amp;Manter os valores que um upsert sobrescreve, para poder revertê-lo</translation>
    </message>
    <message>
        <source>Before an upsert changes existing records, read their current values into the run&apos;s journal. Tools › Run History can then put them back.</source>
        <translation>Antes que um upsert altere registros existentes, ler os valores atuais deles para o diário da execução. Assim, Ferramentas › Histórico de execuções pode restaurá-los.</translation>
    </message>
    <message>
        <source>Keep the values an upsert overwrites</source>
        <translation>Manter os valores que um upsert sobrescreve</translation>
    </message>
    <message>
        <source>The most batch requests on their way at the same time. Automatic keeps as many as HubSpot&apos;s rate limit allows at the current response time (up to 32); a number only sets an upper bound.</source>
        <translation>O máximo de solicitações de lote em andamento ao mesmo tempo. Automático mantém tantas quanto o limite de taxa do HubSpot permite no tempo de resposta atual (até 32); um número só define um limite superior.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>Batches in parallel: as many as the rate limit allows</comment>
        <translation>Automático</translation>
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
    <message>
        <source>The settings file %1 could not be made readable only by you, so tokens are not written to it: they are kept in memory until Batchsmith quits.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Não foi possível tornar o arquivo de configurações %1 legível apenas por você, então os tokens não são gravados nele: eles ficam na memória até o Batchsmith ser fechado.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and send batches of HubSpot CRM records.</source>
        <translation>Crie e envie lotes de registros do CRM da HubSpot.</translation>
    </message>
    <message>
        <source>A draft (.batchsmith) to open.</source>
        <extracomment>Help of the command line: the optional draft file to open</extracomment>
        <translation>Um rascunho (.batchsmith) para abrir.</translation>
    </message>
</context>
</TS>
