<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Impossible de définir «&#xa0;%1&#xa0;»&#xa0;: %2 n&apos;a aucune option.</translation>
    </message>
    <message>
        <source>“%1” is not an option value of %2; did you mean “%3”?</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the internal value that HubSpot expects instead.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur d&apos;option de %2&#xa0;; vouliez-vous dire «&#xa0;%3&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” in “%2” is not one of the options of %3: %4.</source>
        <extracomment>%1 is one part of a multi-checkbox value, %2 the whole value, %3 the property label, %4 the list of option values, e.g. &quot;“gold” in “silver;gold” is not one of the options of Tier: silver, bronze.&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» ne fait pas partie des options de %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>“%1” is not one of the options of %2: %3.</source>
        <extracomment>%1 is the value typed, %2 the property label, %3 the list of option values, e.g. &quot;“gold” is not one of the options of Lifecycle stage: lead, customer…&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des options de %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>“%1” is not a number that %2 accepts: use digits, an optional sign and at most one decimal point, as in 1234.5.</source>
        <extracomment>%1 is the value typed, %2 the property label. The example number is written as HubSpot wants it.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre accepté par %2&#xa0;: utilisez des chiffres, un signe facultatif et au plus un point décimal, comme dans 1234.5.</translation>
    </message>
    <message>
        <source>“%1” is at %2 UTC, not midnight: %3 needs a date as YYYY-MM-DD or as milliseconds at midnight UTC.</source>
        <extracomment>%1 is the value typed (milliseconds since 1970), %2 the time of day it stands for, e.g. 04:10:33.600, %3 the property label. HubSpot stores dates as midnight UTC.</extracomment>
        <translation>«&#xa0;%1&#xa0;» correspond à %2 UTC, pas à minuit&#xa0;: %3 attend une date au format YYYY-MM-DD ou en millisecondes à minuit UTC.</translation>
    </message>
    <message>
        <source>“%1” is not a date on the calendar, so %2 cannot take it.</source>
        <extracomment>%1 is the value typed, e.g. 2024-02-30, %2 the property label.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date du calendrier, %2 ne peut donc pas l&apos;accepter.</translation>
    </message>
    <message>
        <source>“%1” is not a date that %2 accepts: use YYYY-MM-DD, as in 2024-05-01.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep YYYY-MM-DD as it is: it is the format HubSpot reads.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date acceptée par %2&#xa0;: utilisez le format YYYY-MM-DD, comme dans 2024-05-01.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time that %2 accepts: use ISO 8601, as in 2024-05-01T14:30:00Z, or milliseconds since 1970.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep the example as it is: it is the format HubSpot reads.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date et heure acceptée par %2&#xa0;: utilisez le format ISO 8601, comme dans 2024-05-01T14:30:00Z, ou des millisecondes depuis 1970.</translation>
    </message>
    <message>
        <source>“%1” is not an email address, which %2 needs.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“ann@example” is not an email address, which Email needs.&quot;</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail, alors que %2 en exige une.</translation>
    </message>
    <message>
        <source>No owner of this portal has the ID “%1”; choose an owner of %2 from the list.</source>
        <extracomment>%1 is the value typed in an owner cell (an owner ID is expected), %2 the property label</extracomment>
        <translation>Aucun propriétaire de ce portail n&apos;a l&apos;ID «&#xa0;%1&#xa0;»&#xa0;; choisissez un propriétaire de %2 dans la liste.</translation>
    </message>
</context>
<context>
    <name>BatchSetupWidget</name>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte&#xa0;:</translation>
    </message>
    <message>
        <source>Account profile</source>
        <translation>Profil de compte</translation>
    </message>
    <message>
        <source>The HubSpot account (token profile) the batch is sent to</source>
        <translation>Le compte HubSpot (profil de jeton) auquel le lot est envoyé</translation>
    </message>
    <message>
        <source>&amp;Manage…</source>
        <translation>&amp;Gérer…</translation>
    </message>
    <message>
        <source>Manage account profiles and tokens</source>
        <translation>Gérer les profils de compte et les jetons</translation>
    </message>
    <message>
        <source>Where requests are sent</source>
        <translation>Destination des requêtes</translation>
    </message>
    <message>
        <source>&amp;Object type:</source>
        <translation>&amp;Type d&apos;objet&#xa0;:</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Pick a standard or custom object type, or type an objectTypeId such as 2-123456</source>
        <translation>Choisissez un type d&apos;objet standard ou personnalisé, ou saisissez un objectTypeId tel que 2-123456</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Actio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Create adds new records; upsert updates the record whose unique property matches, or creates it</source>
        <translation>Créer ajoute de nouvelles fiches&#xa0;; créer ou mettre à jour modifie la fiche dont la propriété unique correspond, ou la crée</translation>
    </message>
    <message>
        <source>Match &amp;on:</source>
        <translation>&amp;Identifier par&#xa0;:</translation>
    </message>
    <message>
        <source>Unique property to match on</source>
        <translation>Propriété unique servant à identifier les fiches</translation>
    </message>
    <message>
        <source>Upsert finds existing records by this unique-value property</source>
        <translation>Créer ou mettre à jour retrouve les fiches existantes grâce à cette propriété à valeur unique</translation>
    </message>
    <message>
        <source>A&amp;PI:</source>
        <translation>A&amp;PI&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>The HubSpot API version the requests use</source>
        <translation>La version de l&apos;API HubSpot utilisée par les requêtes</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchExplainer</name>
    <message>
        <source>%1 (property “%2”)</source>
        <extracomment>A count of refused rows, then the property HubSpot named. Example: 3 inputs refused (property “lifecyclestage”)</extracomment>
        <translation>%1 (propriété «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <source>looked up %Ln row(s) by %1</source>
        <extracomment>A lookup of records whose answer was lost. %n rows, %1 the property, e.g. &quot;looked up 100 rows by email&quot;</extracomment>
        <translation>
            <numerusform>%Ln ligne recherchée par %1</numerusform>
            <numerusform>%Ln lignes recherchées par %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <extracomment>Records a lookup found, e.g. &quot;100 found&quot;</extracomment>
        <translation>
            <numerusform>%Ln trouvée</numerusform>
            <numerusform>%Ln trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing sent twice</source>
        <extracomment>After a lookup: no row was sent a second time</extracomment>
        <translation>rien n&apos;a été envoyé deux fois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sent again</source>
        <translation>
            <numerusform>%Ln renvoyée</numerusform>
            <numerusform>%Ln renvoyées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <extracomment>A lookup, what it found, what was sent again. Example: looked up 100 rows by email: 100 found, nothing sent twice</extracomment>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln input(s) refused</source>
        <extracomment>Inputs HubSpot refused in a 207 answer</extracomment>
        <translation>
            <numerusform>%Ln entrée refusée</numerusform>
            <numerusform>%Ln entrées refusées</numerusform>
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
            <numerusform>%Ln enregistrée</numerusform>
            <numerusform>%Ln enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>waited %1 s for the window, then sent again</source>
        <extracomment>After a 429: %1 is seconds with one decimal, e.g. &quot;waited 1.2 s for the window, then sent again&quot;</extracomment>
        <translation>attente de %1 s pour la fenêtre, puis renvoi</translation>
    </message>
    <message>
        <source>waited %1 s, then sent again</source>
        <extracomment>After a 423, a 477 or a server error: %1 is seconds with one decimal, e.g. &quot;waited 0.6 s, then sent again&quot;</extracomment>
        <translation>attente de %1 s, puis renvoi</translation>
    </message>
    <message>
        <source>may have been written; nothing to look the rows up by, so not sent again</source>
        <extracomment>A create whose answer was lost, with no unique property to look the records up by</extracomment>
        <translation>peut avoir été enregistré&#xa0;; aucune propriété pour rechercher les lignes, donc pas de renvoi</translation>
    </message>
    <message>
        <source>may have been written, so looked up before sending again</source>
        <extracomment>A create whose answer was lost: the rows are looked up before anything is sent again</extracomment>
        <translation>peut avoir été enregistré, donc recherche avant de renvoyer</translation>
    </message>
    <message>
        <source>refused as a whole; split in halves to find the rows at fault</source>
        <extracomment>HubSpot refused a whole batch; Batchsmith sends each half to find the rows at fault</extracomment>
        <translation>refusé en bloc&#xa0;; divisé en deux pour trouver les lignes en cause</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) failed</source>
        <extracomment>Rows given up on, e.g. &quot;3 rows failed&quot;</extracomment>
        <translation>
            <numerusform>%Ln ligne en échec</numerusform>
            <numerusform>%Ln lignes en échec</numerusform>
        </translation>
    </message>
    <message>
        <source>token refused; the run stopped</source>
        <translation>jeton refusé&#xa0;; l&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>permission missing; the run stopped</source>
        <translation>autorisation manquante&#xa0;; l&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>daily limit reached; the run stopped</source>
        <translation>limite quotidienne atteinte&#xa0;; l&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>the run stopped</source>
        <translation>l&apos;exécution s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>no answer (%1)</source>
        <extracomment>No HTTP answer came; %1 is the network error, e.g. &quot;no answer (timed out)&quot;</extracomment>
        <translation>aucune réponse (%1)</translation>
    </message>
    <message>
        <source>lookup %1</source>
        <extracomment>A lookup of records whose answer was lost, and what HubSpot answered it, e.g. &quot;lookup 500&quot;</extracomment>
        <translation>recherche %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>What HubSpot said, then what Batchsmith did. Example: 429 TEN_SECONDLY_ROLLING: waited 1.2 s…</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Joins the steps of one batch&apos;s explanation, in order</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchListModel</name>
    <message>
        <source>%1 (lookup)</source>
        <extracomment>Batch number column when the batch&apos;s latest request looked up records whose answer was lost. %1 is the batch number. Example: &quot;3 (lookup)&quot;</extracomment>
        <translation>%1 (recherche)</translation>
    </message>
    <message>
        <source>No answer (%1)</source>
        <extracomment>HTTP status column when no HTTP answer came. %1 is the network error, e.g. &quot;timed out&quot;.</extracomment>
        <translation>Pas de réponse (%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>Duration of one request in milliseconds. %1 is a localised number, e.g. &quot;1,234 ms&quot;.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Not sent yet.</source>
        <translation>Pas encore envoyé.</translation>
    </message>
    <message>
        <source>Sent; waiting for the answer.</source>
        <translation>Envoyé&#xa0;; en attente de la réponse.</translation>
    </message>
    <message>
        <source>Every row of this batch was written.</source>
        <translation>Toutes les lignes de ce lot ont été enregistrées.</translation>
    </message>
    <message>
        <source>Some rows of this batch were refused; the others were written.</source>
        <translation>Certaines lignes de ce lot ont été refusées&#xa0;; les autres ont été enregistrées.</translation>
    </message>
    <message>
        <source>This request failed and will be tried again.</source>
        <translation>Cette requête a échoué et sera renvoyée.</translation>
    </message>
    <message>
        <source>This batch failed.</source>
        <translation>Ce lot a échoué.</translation>
    </message>
    <message>
        <source>Cancelled before an answer came.</source>
        <translation>Annulé avant l&apos;arrivée d&apos;une réponse.</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>Column of batch numbers; keep very short.</extracomment>
        <translation>N°</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Statut HTTP</translation>
    </message>
    <message>
        <source>Batch status</source>
        <translation>Statut du lot</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Renvois</translation>
    </message>
    <message>
        <source>Limit left</source>
        <extracomment>Column: requests left in the rate-limit window after this answer; keep short.</extracomment>
        <translation>Quota restant</translation>
    </message>
    <message>
        <source>Batch number, in the order of the plan</source>
        <translation>Numéro du lot, dans l&apos;ordre prévu</translation>
    </message>
    <message>
        <source>How many times the batch was sent again</source>
        <translation>Nombre de fois où le lot a été renvoyé</translation>
    </message>
    <message>
        <source>Requests left in the rate-limit window after this answer</source>
        <translation>Requêtes restantes dans la fenêtre de limite de débit après cette réponse</translation>
    </message>
    <message>
        <source>What happened</source>
        <extracomment>Column: one line per batch saying what HubSpot answered and what Batchsmith did about it</extracomment>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>What HubSpot answered each request of the batch, and what Batchsmith did about it</source>
        <translation>Ce que HubSpot a répondu à chaque requête du lot, et ce que Batchsmith a fait en conséquence</translation>
    </message>
</context>
<context>
    <name>Batchsmith::BatchSetupWidget</name>
    <message>
        <source>Type or id, e.g. 2-123456</source>
        <extracomment>Placeholder of the object type picker, where an objectTypeId can be typed</extracomment>
        <translation>Type ou ID, p. ex. 2-123456</translation>
    </message>
    <message>
        <source>Create</source>
        <extracomment>Action of a batch: create new records (HubSpot&apos;s batch create)</extracomment>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Create or update (upsert)</source>
        <extracomment>Action of a batch: update existing records or create them (HubSpot&apos;s batch upsert)</extracomment>
        <translation>Créer ou mettre à jour</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <extracomment>An API version; %1 is its name such as 2026-03</extracomment>
        <translation>%1 (actuelle)</translation>
    </message>
    <message>
        <source>%1 (legacy)</source>
        <translation>%1 (ancienne)</translation>
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
        <translation>Aucune propriété unique</translation>
    </message>
</context>
<context>
    <name>Batchsmith::CellDelegate</name>
    <message>
        <source>(empty)</source>
        <extracomment>First entry of a drop-down cell editor; choosing it leaves the cell empty</extracomment>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>Boolean cell value</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</source>
        <extracomment>Display format of the date-time cell editor (Qt date format); keep &quot;UTC&quot;: the value is in UTC</extracomment>
        <translation>yyyy-MM-dd HH:mm:ss &apos;UTC&apos;</translation>
    </message>
    <message>
        <source>Record ids, separated by ;</source>
        <extracomment>Placeholder of an association cell editor: HubSpot record ids of the associated records</extracomment>
        <translation>ID de fiches, séparés par&#xa0;;</translation>
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
        <translation>Statut de la ligne (fichier de résultats)</translation>
    </message>
    <message>
        <source>Record ID (from a results file)</source>
        <translation>ID de fiche (fichier de résultats)</translation>
    </message>
    <message>
        <source>Error message (from a results file)</source>
        <translation>Message d&apos;erreur (fichier de résultats)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>The OK button of the mapping step</extracomment>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose where each column of “%1” goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <extracomment>%1 is a file name such as contacts.csv</extracomment>
        <translation>Choisissez la destination de chaque colonne de «&#xa0;%1&#xa0;». Les colonnes ont été mises en correspondance avec les propriétés par nom interne ou libellé, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>Choose where each pasted column goes. Columns were matched to properties by internal name or label, ignoring case and accents.</source>
        <translation>Choisissez la destination de chaque colonne collée. Les colonnes ont été mises en correspondance avec les propriétés par nom interne ou libellé, sans tenir compte de la casse ni des accents.</translation>
    </message>
    <message>
        <source>&amp;Remember these choices for %1</source>
        <extracomment>Check box of the mapping step; %1 is an object type such as Contacts</extracomment>
        <translation>&amp;Mémoriser ces choix pour %1</translation>
    </message>
    <message>
        <source>— Not matched —</source>
        <extracomment>Entry of the target list for a column nothing was chosen for</extracomment>
        <translation>— Sans correspondance —</translation>
    </message>
    <message>
        <source>Skip this column</source>
        <translation>Ignorer cette colonne</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>Associations</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A property in the target list: %1 its label, %2 its internal name. Example: &quot;First Name (firstname)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Import “%1” as</source>
        <extracomment>Accessible name of the target list of one file column; %1 is the column&apos;s name in the file</extracomment>
        <translation>Importer «&#xa0;%1&#xa0;» comme</translation>
    </message>
    <message>
        <source>Internal name</source>
        <extracomment>How a file column was matched: its name is the property&apos;s internal name</extracomment>
        <translation>Nom interne</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>How a file column was matched: its name is the property&apos;s label</extracomment>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Your earlier choice</source>
        <translation>Votre choix précédent</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>Votre choix</translation>
    </message>
    <message>
        <source>Results file</source>
        <translation>Fichier de résultats</translation>
    </message>
    <message>
        <source>Skipped: %1 is read-only in HubSpot</source>
        <extracomment>%1 is the internal name of a property HubSpot sets itself, such as hs_object_id</extracomment>
        <translation>Ignorée&#xa0;: %1 est en lecture seule dans HubSpot</translation>
    </message>
    <message>
        <source>Several properties have this label: %1</source>
        <extracomment>%1 lists internal names, such as &quot;region_a, region_b&quot;</extracomment>
        <translation>Plusieurs propriétés ont ce libellé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Already imported from “%1”</source>
        <extracomment>%1 is the name of another column of the file</extracomment>
        <translation>Déjà importée depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The column has no name</source>
        <translation>La colonne n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>No property has this name or label</source>
        <translation>Aucune propriété n&apos;a ce nom ou ce libellé</translation>
    </message>
    <message>
        <source>“%1” now goes there instead of “%2”, which is no longer matched.</source>
        <extracomment>%1 and %2 are column names of the file; the target is the property both were set to</extracomment>
        <translation>«&#xa0;%1&#xa0;» y est désormais importée à la place de «&#xa0;%2&#xa0;», qui n&apos;a plus de correspondance.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln column(s) not matched:&lt;/b&gt; pick a property or skip them. Columns left unmatched are not imported.</source>
        <extracomment>Summary at the top of the mapping step; %n is how many file columns have no target yet</extracomment>
        <translation>
            <numerusform>&lt;b&gt;%Ln colonne sans correspondance&#xa0;:&lt;/b&gt; choisissez une propriété ou ignorez-la. Les colonnes sans correspondance ne sont pas importées.</numerusform>
            <numerusform>&lt;b&gt;%Ln colonnes sans correspondance&#xa0;:&lt;/b&gt; choisissez une propriété ou ignorez-les. Les colonnes sans correspondance ne sont pas importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every column is matched: %Ln will be imported.</source>
        <extracomment>Summary at the top of the mapping step when every column has a target or is skipped</extracomment>
        <translation>
            <numerusform>Toutes les colonnes ont une correspondance&#xa0;: %Ln sera importée.</numerusform>
            <numerusform>Toutes les colonnes ont une correspondance&#xa0;: %Ln seront importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped.</source>
        <translation>
            <numerusform>%Ln ignorée.</numerusform>
            <numerusform>%Ln ignorées.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is a results file: each row keeps its outcome, so Retry Failed Rows sends only the failed ones.</source>
        <translation>Ceci est un fichier de résultats&#xa0;: chaque ligne garde son résultat, donc Renvoyer les échecs n&apos;envoie que les lignes en échec.</translation>
    </message>
    <message>
        <source>Usual name</source>
        <extracomment>How a file column was matched: its name is what other exports usually call the property</extracomment>
        <translation>Nom usuel</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ColumnPickerDialog</name>
    <message>
        <source>This property is archived: HubSpot does not accept values for it.</source>
        <translation>Cette propriété est archivée&#xa0;: HubSpot n&apos;accepte pas de valeurs pour elle.</translation>
    </message>
    <message>
        <source>HubSpot calculates this property: it cannot be written.</source>
        <translation>HubSpot calcule cette propriété&#xa0;: elle ne peut pas être renseignée.</translation>
    </message>
    <message>
        <source>This property is read-only: HubSpot sets its value itself.</source>
        <translation>Cette propriété est en lecture seule&#xa0;: HubSpot définit lui-même sa valeur.</translation>
    </message>
    <message>
        <source>Label</source>
        <extracomment>Column headers of the property list in the column picker</extracomment>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Internal name</source>
        <translation>Nom interne</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>This property is already a column of the grid.</source>
        <translation>Cette propriété est déjà une colonne de la grille.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <extracomment>Shown in the list of association labels while they are fetched from HubSpot</extracomment>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No association types to show.</source>
        <extracomment>Shown when HubSpot lists no association types between the two object types (or could not be asked)</extracomment>
        <translation>Aucun type d&apos;association à afficher.</translation>
    </message>
    <message>
        <source>Unlabeled</source>
        <extracomment>An association type without a label (HubSpot&apos;s default one)</extracomment>
        <translation>Sans libellé</translation>
    </message>
    <message>
        <source>Column %1</source>
        <extracomment>Tooltip of an association label; %1 is the column name in files, e.g. &quot;assoc:companies:1&quot;</extracomment>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>This association is already a column of the grid.</source>
        <translation>Cette association est déjà une colonne de la grille.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) chosen</source>
        <extracomment>Footer of the column picker, e.g. &quot;3 columns chosen&quot;</extracomment>
        <translation>
            <numerusform>%Ln colonne choisie</numerusform>
            <numerusform>%Ln colonnes choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>Multi-line text</source>
        <translation>Texte sur plusieurs lignes</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Rich text</source>
        <translation>Texte enrichi</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Single checkbox</source>
        <translation>Case à cocher unique</translation>
    </message>
    <message>
        <source>Multiple checkboxes</source>
        <translation>Cases à cocher multiples</translation>
    </message>
    <message>
        <source>Radio select</source>
        <translation>Sélection par bouton radio</translation>
    </message>
    <message>
        <source>Dropdown select</source>
        <translation>Menu déroulant</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date picker</source>
        <translation>Sélecteur de date</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Single-line text</source>
        <translation>Texte sur une ligne</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ConnectionTest</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Connected to portal %1 (time zone %2; the portal did not say which scopes the token has).</source>
        <extracomment>%1 portal id (12345678), %2 its time zone (US/Eastern)</extracomment>
        <translation>Connecté au portail %1 (fuseau horaire %2&#xa0;; le portail n&apos;a pas indiqué les périmètres du jeton).</translation>
    </message>
    <message numerus="yes">
        <source>Connected to portal %1 (time zone %2, %Ln scope(s): %3).</source>
        <extracomment>%1 portal id (12345678), %2 time zone (US/Eastern), %n number of scopes, %3 the first few scopes</extracomment>
        <translation>
            <numerusform>Connecté au portail %1 (fuseau horaire %2, %Ln périmètre&#xa0;: %3).</numerusform>
            <numerusform>Connecté au portail %1 (fuseau horaire %2, %Ln périmètres&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2 (correlation ID %3)</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message, %3 HubSpot&apos;s correlation id (a UUID) for its support</extracomment>
        <translation>Échec de la connexion&#xa0;: HTTP %1, %2 (ID de corrélation %3)</translation>
    </message>
    <message>
        <source>Connection failed: HTTP %1, %2</source>
        <extracomment>%1 HTTP status (401), %2 HubSpot&apos;s message</extracomment>
        <translation>Échec de la connexion&#xa0;: HTTP %1, %2</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <extracomment>%1 what went wrong, e.g. &quot;Connection refused&quot;</extracomment>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DocumentController</name>
    <message>
        <source>Untitled</source>
        <extracomment>The name of a draft that was never saved, in the window title</extracomment>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1[*] — Batchsmith</source>
        <extracomment>Window title: %1 is the draft&apos;s file name (clients.batchsmith) or &quot;Untitled&quot;; [*] marks unsaved changes</extracomment>
        <translation>%1[*] — Batchsmith</translation>
    </message>
    <message>
        <source>Open Draft</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation>Ouvrir un brouillon</translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith);;All files (*)</source>
        <translation>Brouillons Batchsmith (*.batchsmith);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save Draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save Draft As</source>
        <extracomment>File dialog filter; keep &quot;(*.batchsmith)&quot; as it is</extracomment>
        <translation>Enregistrer le brouillon sous</translation>
    </message>
    <message>
        <source>Batchsmith drafts (*.batchsmith)</source>
        <translation>Brouillons Batchsmith (*.batchsmith)</translation>
    </message>
    <message>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <source>-results</source>
        <translation>-résultats</translation>
    </message>
    <message>
        <source>Export Results</source>
        <extracomment>File dialog filter; keep &quot;(*.csv)&quot; as it is
----------
%1 is a file path, %2 the reason it could not be written</extracomment>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <extracomment>%1 is the draft&apos;s file name or &quot;Untitled&quot;</extracomment>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>«&#xa0;%1&#xa0;» contient des modifications non enregistrées. Les enregistrer d&apos;abord&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <extracomment>An entry of the Recent Files menu: %1 its number (1-9 get a keyboard accelerator), %2 the file name</extracomment>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Clear Recent Files</source>
        <translation>Effacer les fichiers récents</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <extracomment>A progress dialog while a large draft is saved, before the window closes or another draft opens; %1 is the file&apos;s name</extracomment>
        <translation>Enregistrement de %1…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DraftFile</name>
    <message>
        <source>The draft</source>
        <translation>Le brouillon</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;Permission denied&quot;)</extracomment>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason (such as &quot;No such file or directory&quot;)</extracomment>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not valid JSON at byte %2 (%3).</source>
        <extracomment>%1 names the file, %2 is a byte offset in it, %3 the JSON parser&apos;s English message</extracomment>
        <translation>%1 est endommagé&#xa0;: ce n&apos;est pas du JSON valide à l&apos;octet %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is not a Batchsmith draft.</source>
        <extracomment>%1 names the file</extracomment>
        <translation>%1 n&apos;est pas un brouillon Batchsmith.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer Batchsmith (draft format %2); this version opens drafts up to format %3. Update Batchsmith to open it.</source>
        <extracomment>%1 names the file, %2 the format version it has, %3 the newest version this Batchsmith reads</extracomment>
        <translation>%1 a été enregistré par une version plus récente de Batchsmith (format de brouillon %2)&#xa0;; cette version ouvre les brouillons jusqu&apos;au format %3. Mettez à jour Batchsmith pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 does not say which draft format it has.</source>
        <translation>%1 n&apos;indique pas son format de brouillon.</translation>
    </message>
    <message>
        <source>%1 has an unknown write mode or API version.</source>
        <extracomment>%1 names the file</extracomment>
        <translation>%1 a un mode d&apos;écriture ou une version d&apos;API inconnus.</translation>
    </message>
    <message>
        <source>%1: column %2 is not a property or an association.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a column</extracomment>
        <translation>%1&#xa0;: la colonne %2 n&apos;est ni une propriété ni une association.</translation>
    </message>
    <message>
        <source>%1: row %2 has an unknown status.</source>
        <extracomment>%1 names the file, %2 the 1-based number of a row</extracomment>
        <translation>%1&#xa0;: la ligne %2 a un statut inconnu.</translation>
    </message>
    <message>
        <source>%1 is %2, larger than the %3 a draft may be; it is not opened.</source>
        <extracomment>%1 names the file, %2 its size, %3 the largest size a draft may have (both as &quot;512 MiB&quot;)</extracomment>
        <translation>%1 fait %2, plus que les %3 autorisés pour un brouillon&#xa0;; il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>%1: row %2, column %3 (%4) holds a number, a boolean, null, an array or an object; a draft keeps every cell as text, such as &quot;42&quot;.</source>
        <extracomment>%1 names the file, %2 and %3 are 1-based row and column numbers, %4 the column&apos;s name</extracomment>
        <translation>%1&#xa0;: la ligne %2, colonne %3 (%4) contient un nombre, un booléen, null, un tableau ou un objet&#xa0;; un brouillon conserve chaque cellule sous forme de texte, comme «&#xa0;42&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Batchsmith::DuplicateRecordsCommand</name>
    <message numerus="yes">
        <source>Duplicate %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Duplicate 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Dupliquer %Ln ligne</numerusform>
            <numerusform>Dupliquer %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::GridFilterBar</name>
    <message>
        <source>All rows</source>
        <extracomment>Filter bar: which rows the grid shows</extracomment>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Failed rows</source>
        <extracomment>Filter bar: rows that failed or whose outcome is unknown</extracomment>
        <translation>Lignes en échec</translation>
    </message>
    <message>
        <source>Rows with problems</source>
        <extracomment>Filter bar: rows with a value HubSpot would refuse</extracomment>
        <translation>Lignes à corriger</translation>
    </message>
    <message>
        <source>Rows not sent</source>
        <extracomment>Filter bar: rows not sent yet</extracomment>
        <translation>Lignes non envoyées</translation>
    </message>
    <message>
        <source>Created or updated rows</source>
        <extracomment>Filter bar: rows HubSpot created or updated</extracomment>
        <translation>Lignes créées ou mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln rows</source>
        <extracomment>Filter bar, while a filter is on: %1 is how many rows are shown, %n how many the grid has</extracomment>
        <translation>
            <numerusform>Affichage&#xa0;: %1 sur %Ln ligne</numerusform>
            <numerusform>Affichage&#xa0;: %1 sur %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::ImportController</name>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>An import is already under way: wait for it or cancel it.</source>
        <translation>Une importation est déjà en cours&#xa0;: attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <source>Import</source>
        <extracomment>Title of the message shown when an import cannot start
----------
%1 is a file name in quotes</extracomment>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Connect to a portal first: the columns are matched to the properties of the object type.</source>
        <translation>Connectez-vous d&apos;abord à un portail&#xa0;: les colonnes sont mises en correspondance avec les propriétés du type d&apos;objet.</translation>
    </message>
    <message>
        <source>%1 cannot be imported now. %2</source>
        <extracomment>%1 is a file name or &quot;the pasted cells&quot;, %2 the reason</extracomment>
        <translation>%1 ne peut pas être importé pour l&apos;instant. %2</translation>
    </message>
    <message>
        <source>The pasted cells</source>
        <extracomment>Stands for the source of an import when it is a pasted block, in sentences such as &quot;%1 cannot be imported&quot;</extracomment>
        <translation>Le contenu collé</translation>
    </message>
    <message>
        <source>Import Rows from a File</source>
        <extracomment>Title of the file dialog of File &gt; Import</extracomment>
        <translation>Importer des lignes depuis un fichier</translation>
    </message>
    <message>
        <source>CSV and TSV files (*.csv *.tsv *.txt)</source>
        <extracomment>File type filters of the import dialog; keep the patterns in parentheses</extracomment>
        <translation>Fichiers CSV et TSV (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Status bar while a file is read; %1 is its name</extracomment>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to import.</source>
        <translation>%1 est vide&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 has column names but no rows: there is nothing to import.</source>
        <translation>%1 contient des noms de colonne mais aucune ligne&#xa0;: il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>%1 was not imported: every column was skipped.</source>
        <translation>%1 n&apos;a pas été importé&#xa0;: toutes les colonnes ont été ignorées.</translation>
    </message>
    <message>
        <source>Importing %1: %2 rows</source>
        <extracomment>Status bar while rows are imported; %1 is a file name, %2 the number of rows so far</extracomment>
        <translation>Importation de %1&#xa0;: %2 lignes</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln row(s) from %1.</source>
        <extracomment>Status bar after an import; %1 is a file name in quotes or &quot;The pasted cells&quot;</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne importée.</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Importation (%1)</translation>
    </message>
    <message>
        <source>An import this large cannot be undone; use New Batch to start over.</source>
        <translation>Une importation de cette taille ne peut pas être annulée&#xa0;; utilisez Nouveau lot pour recommencer.</translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2, column %3: %4</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 a column number, %4 what is wrong (English, from the reader)</extracomment>
        <translation>%1 n&apos;a pas pu être importé&#xa0;: ligne %2, colonne %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 could not be imported: line %2: %3</source>
        <extracomment>%1 is a file name in quotes, %2 a line number, %3 what is wrong</extracomment>
        <translation>%1 n&apos;a pas pu être importé&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 could not be imported: %2</source>
        <extracomment>%1 is a file name in quotes, %2 what is wrong</extracomment>
        <translation>%1 n&apos;a pas pu être importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Nothing was imported: the grid is as it was.</source>
        <translation>Rien n&apos;a été importé&#xa0;: la grille est inchangée.</translation>
    </message>
    <message numerus="yes">
        <source>Import cancelled: the %Ln row(s) already added were taken out again; the grid is as it was.</source>
        <translation>
            <numerusform>Importation annulée&#xa0;: la ligne déjà ajoutée (%Ln) a été retirée&#xa0;; la grille est inchangée.</numerusform>
            <numerusform>Importation annulée&#xa0;: les %Ln lignes déjà ajoutées ont été retirées&#xa0;; la grille est inchangée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled.</source>
        <translation>Importation annulée.</translation>
    </message>
    <message>
        <source>If the file was saved by a program that writes Windows-1252 (such as Excel on Windows), it can be read that way instead; letters written in UTF-8 would then look wrong. Read it as Windows-1252?</source>
        <extracomment>Asked after a file could not be read as UTF-8; the text above says where the bad byte is</extracomment>
        <translation>Si le fichier a été enregistré par un programme qui écrit en Windows-1252 (comme Excel sous Windows), il peut être lu ainsi&#xa0;; les lettres écrites en UTF-8 s&apos;afficheraient alors mal. Le lire en Windows-1252&#xa0;?</translation>
    </message>
    <message>
        <source>Read as Windows-1252</source>
        <extracomment>Button that reads the file again as Windows-1252</extracomment>
        <translation>Lire en Windows-1252</translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertColumnsCommand</name>
    <message numerus="yes">
        <source>Add %Ln column(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Add 3 columns&quot;</extracomment>
        <translation>
            <numerusform>Ajouter %Ln colonne</numerusform>
            <numerusform>Ajouter %Ln colonnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::InsertRecordsCommand</name>
    <message numerus="yes">
        <source>Insert %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Insert 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Insérer %Ln ligne</numerusform>
            <numerusform>Insérer %Ln lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>About Batchsmith</source>
        <extracomment>Title of the About box</extracomment>
        <translation>À propos de Batchsmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Crée et envoie des lots de fiches du CRM HubSpot.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Start an empty batch? The rows in the grid are removed; you can undo this.</source>
        <translation>Commencer un lot vide&#xa0;? Les lignes de la grille seront supprimées&#xa0;; vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nouveau lot</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Quitter Batchsmith</translation>
    </message>
    <message>
        <source>A batch is being sent. If you quit now, the rows not sent yet stay unsent and the batches in flight may still be written by HubSpot without Batchsmith seeing the answer. Quit anyway?</source>
        <translation>Un lot est en cours d&apos;envoi. Si vous quittez maintenant, les lignes pas encore envoyées ne le seront pas, et HubSpot peut encore enregistrer les lots en cours sans que Batchsmith voie la réponse. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot use “%1”: %2</source>
        <extracomment>%1 is the name of an account profile, %2 why it cannot be used</extracomment>
        <translation>Impossible d&apos;utiliser «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Built-in sandbox at %1: nothing reaches a real HubSpot account.</source>
        <extracomment>%1 is the local address of the built-in sandbox, such as http://127.0.0.1:53211</extracomment>
        <translation>Sandbox intégrée à l&apos;adresse %1&#xa0;: rien n&apos;atteint un vrai compte HubSpot.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <extracomment>%1 is a host name such as api.hubapi.com</extracomment>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1: portal %2</source>
        <extracomment>%1 is a profile name, %2 a HubSpot portal (account) id</extracomment>
        <translation>%1&#xa0;: portail %2</translation>
    </message>
    <message>
        <source>Change Object Type</source>
        <extracomment>Title of the question asked before the grid switches to another object type</extracomment>
        <translation>Changer de type d&apos;objet</translation>
    </message>
    <message>
        <source>The grid’s columns are properties of another object type. Switch to %1 and start a new grid? You can undo this.</source>
        <extracomment>%1 is the object type chosen, such as Company</extracomment>
        <translation>Les colonnes de la grille sont des propriétés d&apos;un autre type d&apos;objet. Passer à %1 et commencer une nouvelle grille&#xa0;? Vous pourrez annuler cette action.</translation>
    </message>
    <message>
        <source>Change object type</source>
        <translation>Changer de type d&apos;objet</translation>
    </message>
    <message>
        <source>The properties of %1 could not be read: %2</source>
        <extracomment>%1 is an object type, %2 HubSpot&apos;s error message</extracomment>
        <translation>Impossible de lire les propriétés de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Every row has been sent: there is nothing to preview.</source>
        <translation>Toutes les lignes ont été envoyées&#xa0;: il n&apos;y a rien à prévisualiser.</translation>
    </message>
    <message>
        <source>Preview Requests</source>
        <translation>Aperçu des requêtes</translation>
    </message>
    <message>
        <source>Rows are being sent: wait for the run to end.</source>
        <translation>Des lignes sont en cours d&apos;envoi&#xa0;: attendez la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <source>Exporting results to %1… %2%</source>
        <extracomment>The status bar while a results file is written; %1 is its name, %2 the percentage written so far</extracomment>
        <translation>Export des résultats vers %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne exportée vers %1.</numerusform>
            <numerusform>%Ln lignes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving %1… %2%</source>
        <extracomment>The status bar while a draft is saved; %1 is its file name, %2 the percentage written so far</extracomment>
        <translation>Enregistrement de %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln row(s) to %1.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans %1.</numerusform>
            <numerusform>%Ln lignes enregistrées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::MultiValueEditor</name>
    <message>
        <source>Chosen options</source>
        <extracomment>Accessible name of the list of checkboxes that edits a multiple-checkbox cell</extracomment>
        <translation>Options choisies</translation>
    </message>
</context>
<context>
    <name>Batchsmith::PortalCatalog</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Entreprises</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Transactions</translation>
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
        <translation>Produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Line item</source>
        <translation>Ligne de produit</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>Lignes de produit</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Feedback submission</source>
        <translation>Soumission de feedback</translation>
    </message>
    <message>
        <source>Feedback submissions</source>
        <translation>Soumissions de feedback</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Meeting</source>
        <extracomment>A meeting logged on a CRM record (HubSpot object type).</extracomment>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Call</source>
        <extracomment>A phone call logged on a CRM record (HubSpot object type).</extracomment>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
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
        <translation>Facture</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Remises</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Taxe</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Taxes</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>Courrier postal</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
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
        <translation>Panier</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>Paniers</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Cours</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Owner cells show IDs, not names: the token may not read the owners (HubSpot scope %1).</source>
        <extracomment>%1 is the HubSpot scope the token lacks (crm.objects.owners.read)</extracomment>
        <translation>Les cellules de propriétaire affichent des ID, pas des noms&#xa0;: le jeton ne peut peut-être pas lire les propriétaires (périmètre HubSpot %1).</translation>
    </message>
    <message>
        <source>Owner cells show IDs, not names: the owners could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation>Les cellules de propriétaire affichent des ID, pas des noms&#xa0;: les propriétaires n&apos;ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the token may not read the pipelines.</source>
        <translation>Les phases ne sont pas vérifiées par rapport au pipeline de chaque ligne&#xa0;: le jeton ne peut peut-être pas lire les pipelines.</translation>
    </message>
    <message>
        <source>Stages are not checked against each row’s pipeline: the pipelines could not be read (%1).</source>
        <extracomment>%1 is HubSpot&apos;s or the network&apos;s error message</extracomment>
        <translation>Les phases ne sont pas vérifiées par rapport au pipeline de chaque ligne&#xa0;: les pipelines n&apos;ont pas pu être lus (%1).</translation>
    </message>
</context>
<context>
    <name>Batchsmith::PreviewDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) in %2 request(s) to %3. Each send gives objectWriteTraceId a new run id in place of “preview”; everything else is sent exactly as shown.</source>
        <extracomment>%n rows in all, %2 the number of requests, %3 the endpoint path</extracomment>
        <translation>
            <numerusform>Requêtes vers %3&#xa0;: %2, pour %Ln ligne. À chaque envoi, objectWriteTraceId reçoit un nouvel ID d&apos;exécution à la place de «&#xa0;preview&#xa0;»&#xa0;; tout le reste est envoyé exactement comme affiché.</numerusform>
            <numerusform>Requêtes vers %3&#xa0;: %2, pour %Ln lignes. À chaque envoi, objectWriteTraceId reçoit un nouvel ID d&apos;exécution à la place de «&#xa0;preview&#xa0;»&#xa0;; tout le reste est envoyé exactement comme affiché.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch %1: %Ln row(s) (%2–%3)</source>
        <extracomment>A batch in the preview list: %1 its number, %n its rows, %2 and %3 the first and last grid row in it. Example: &quot;Batch 2: 100 rows (101–200)&quot;</extracomment>
        <translation>
            <numerusform>Lot %1&#xa0;: %Ln ligne (%2–%3)</numerusform>
            <numerusform>Lot %1&#xa0;: %Ln lignes (%2–%3)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RateLimitMeter</name>
    <message>
        <source>Rate limit not known yet: no answer so far</source>
        <translation>Limite de débit encore inconnue&#xa0;: aucune réponse pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %1 s: %2 of %Ln request(s) left in this %3-second window</source>
        <extracomment>%1: seconds to wait, e.g. &quot;1.5&quot;; %2: requests left; %n: requests allowed; %3: window in seconds. Example: &quot;Waiting 1.5 s: 0 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>Attente de %1 s&#xa0;: %2 requête sur %Ln restante dans cette fenêtre de %3 secondes</numerusform>
            <numerusform>Attente de %1 s&#xa0;: %2 requêtes sur %Ln restantes dans cette fenêtre de %3 secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln request(s) left in this %2-second window</source>
        <extracomment>%1: requests left; %n: requests allowed; %2: window length in seconds. Example: &quot;87 of 100 requests left in this 10-second window&quot;</extracomment>
        <translation>
            <numerusform>%1 requête sur %Ln restante dans cette fenêtre de %2 secondes</numerusform>
            <numerusform>%1 requêtes sur %Ln restantes dans cette fenêtre de %2 secondes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableModel</name>
    <message>
        <source>“%1” is not a HubSpot record ID: record IDs are whole numbers, such as 51234.</source>
        <extracomment>Problem of an association cell: %1 is what was typed instead of a record ID.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un ID de fiche HubSpot&#xa0;: les ID de fiche sont des nombres entiers, comme 51234.</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent yet</extracomment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot created the record</extracomment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot updated an existing record</extracomment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>row status</comment>
        <extracomment>Status of a row: HubSpot refused it</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>row status</comment>
        <extracomment>Status of a row whose answer was lost: it may or may not have been written</extracomment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Skipped</source>
        <comment>row status</comment>
        <extracomment>Status of a row that was not sent (e.g. the run was cancelled)</extracomment>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Yes</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <extracomment>A yes/no property&apos;s value in a grid cell</extracomment>
        <translation>Non</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Header of the grid&apos;s first column: each row&apos;s outcome (Pending, Created, Failed…)</extracomment>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Header of the column showing the HubSpot ID of the created or updated record</extracomment>
        <translation>ID de fiche</translation>
    </message>
    <message>
        <source>Error</source>
        <extracomment>Header of the grid&apos;s last column: HubSpot&apos;s error message for the row</extracomment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecordTableView</name>
    <message>
        <source>&amp;Copy</source>
        <extracomment>Grid context menu</extracomment>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <extracomment>Grid context menu</extracomment>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <extracomment>Grid context menu: empties the selected cells</extracomment>
        <translation>&amp;Effacer les cellules</translation>
    </message>
    <message>
        <source>Insert Row &amp;Above</source>
        <extracomment>Grid context menu</extracomment>
        <translation>Insérer une ligne &amp;au-dessus</translation>
    </message>
    <message>
        <source>Insert Row &amp;Below</source>
        <extracomment>Grid context menu</extracomment>
        <translation>Insérer une ligne en &amp;dessous</translation>
    </message>
    <message>
        <source>&amp;Duplicate Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>D&amp;upliquer les lignes</translation>
    </message>
    <message>
        <source>&amp;Remove Rows</source>
        <extracomment>Grid context menu</extracomment>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>&amp;Sort Ascending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation>&amp;Trier par ordre croissant</translation>
    </message>
    <message>
        <source>S&amp;ort Descending</source>
        <extracomment>Grid context menu: sorts every row by the current cell&apos;s column
----------
Column header menu</extracomment>
        <translation>Trier par ordre décroissa&amp;nt</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RecoveryDialog</name>
    <message>
        <source>Recover Drafts</source>
        <extracomment>Title of the dialog offering drafts saved automatically before a crash</extracomment>
        <translation>Récupérer les brouillons</translation>
    </message>
    <message>
        <source>Batchsmith did not close properly last time. These drafts were saved automatically. Recover one into this window; the others stay and are offered again the next time Batchsmith starts, until you recover or discard them.</source>
        <translation>Batchsmith ne s&apos;est pas fermé correctement la dernière fois. Ces brouillons ont été enregistrés automatiquement. Récupérez-en un dans cette fenêtre ; les autres sont conservés et proposés de nouveau au prochain démarrage de Batchsmith, jusqu&apos;à ce que vous les récupériez ou les supprimiez.</translation>
    </message>
    <message>
        <source>Drafts saved automatically</source>
        <translation>Brouillons enregistrés automatiquement</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <extracomment>Button: recover the selected draft into this window</extracomment>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <extracomment>Button: delete the selected draft saved automatically</extracomment>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep for Later</source>
        <extracomment>Button: close, keeping every draft for the next start</extracomment>
        <translation>&amp;Garder pour plus tard</translation>
    </message>
    <message numerus="yes">
        <source>Saved at %1 (%Ln row(s))</source>
        <extracomment>A draft saved automatically: %1 a date and time, %n its number of rows</extracomment>
        <translation>
            <numerusform>Enregistré le %1 (%Ln ligne)</numerusform>
            <numerusform>Enregistré le %1 (%Ln lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be opened: %2
It is left in %3.</source>
        <extracomment>A draft saved automatically that cannot be read. %1 its file name, %2 why (in English), %3 its folder</extracomment>
        <translation>%1 n&apos;a pas pu être ouvert : %2
Il est conservé dans %3.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ReferenceOptions</name>
    <message>
        <source>“%1” is not a stage of the pipeline “%2”: it belongs to “%3”. Choose a stage of “%2”, or change the pipeline.</source>
        <extracomment>%1 is a pipeline stage, %2 the record&apos;s pipeline, %3 the pipeline the stage belongs to</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une phase du pipeline «&#xa0;%2&#xa0;»&#xa0;: elle appartient à «&#xa0;%3&#xa0;». Choisissez une phase de «&#xa0;%2&#xa0;» ou changez de pipeline.</translation>
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
        <translation>Supprimer la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RemoveRecordsCommand</name>
    <message numerus="yes">
        <source>Remove %Ln row(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Remove 2 rows&quot;</extracomment>
        <translation>
            <numerusform>Supprimer %Ln ligne</numerusform>
            <numerusform>Supprimer %Ln lignes</numerusform>
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
            <numerusform>Envoi de %Ln ligne…</numerusform>
            <numerusform>Envoi de %Ln lignes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln batch(es) planned.</source>
        <translation>
            <numerusform>%Ln lot prévu.</numerusform>
            <numerusform>%Ln lots prévus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Arrêté après %1&#xa0;: %Ln ligne.</numerusform>
            <numerusform>Arrêté après %1&#xa0;: %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1: %2</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %2 is the reason, e.g. &quot;The token has expired.&quot;</extracomment>
        <translation>Interrompu après %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %Ln row(s).</source>
        <extracomment>%1 is a duration such as &quot;4.2 s&quot;; %n is the number of rows in the run.</extracomment>
        <translation>
            <numerusform>Terminé en %1&#xa0;: %Ln ligne.</numerusform>
            <numerusform>Terminé en %1&#xa0;: %Ln lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1, updated %2, failed %3, unknown %4, skipped %5.</source>
        <extracomment>Outcome counts of a finished run; each %1…%5 is a number.</extracomment>
        <translation>Créées&#xa0;: %1, mises à jour&#xa0;: %2, en échec&#xa0;: %3, inconnues&#xa0;: %4, ignorées&#xa0;: %5.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s), %1 retried, %2 rate-limited.</source>
        <extracomment>%n requests sent; %1 of them were retries; %2 answers were 429 Too Many Requests.</extracomment>
        <translation>
            <numerusform>%Ln requête, renvois&#xa0;: %1, limite de débit atteinte&#xa0;: %2.</numerusform>
            <numerusform>%Ln requêtes, renvois&#xa0;: %1, limite de débit atteinte&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message numerus="yes">
        <source>Lookup %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector for a lookup of lost creates. %1: attempt number; %n: rows looked up; %2: status such as &quot;200 OK&quot; or &quot;no answer&quot;. Example: &quot;Lookup 1 · 100 rows · 200 OK&quot;</extracomment>
        <translation>
            <numerusform>Recherche %1 · %Ln ligne · %2</numerusform>
            <numerusform>Recherche %1 · %Ln lignes · %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempt %1 · %Ln row(s) · %2</source>
        <extracomment>Entry of the attempt selector. %1: attempt number; %n: rows in the request; %2: status such as &quot;429 Too Many Requests&quot; or &quot;no answer&quot;. Example: &quot;Attempt 2 · 100 rows · 207 Multi-Status&quot;</extracomment>
        <translation>
            <numerusform>Tentative %1 · %Ln ligne · %2</numerusform>
            <numerusform>Tentative %1 · %Ln lignes · %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the answer…</source>
        <translation>En attente de la réponse…</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <extracomment>%1 is the network error, e.g. &quot;timed out&quot; or &quot;Connection refused&quot;.</extracomment>
        <translation>Pas de réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Include the token?</source>
        <translation>Inclure le jeton&#xa0;?</translation>
    </message>
    <message>
        <source>The copied command will contain your private app token. Anyone who sees it can read and change your HubSpot records until you rotate the token. Include it anyway?</source>
        <translation>La commande copiée contiendra le jeton de votre application privée. Toute personne qui la voit pourra lire et modifier vos fiches HubSpot jusqu&apos;à ce que vous renouveliez le jeton. L&apos;inclure quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command; it reads the token from $HUBSPOT_TOKEN.</source>
        <extracomment>%1 is the batch number. The token is read from the HUBSPOT_TOKEN shell variable.</extracomment>
        <translation>Requête du lot %1 copiée en commande cURL&#xa0;; elle lit le jeton dans $HUBSPOT_TOKEN.</translation>
    </message>
    <message>
        <source>Copied the request of batch %1 as a cURL command, with your token.</source>
        <extracomment>%1 is the batch number.</extracomment>
        <translation>Requête du lot %1 copiée en commande cURL, avec votre jeton.</translation>
    </message>
    <message>
        <source>This batch&apos;s request and answer are kept in the run journal, which could not be read: %1</source>
        <extracomment>Shown instead of a batch&apos;s request and answer. %1 is why the journal could not be read.</extracomment>
        <translation>La requête et la réponse de ce lot sont conservées dans le journal d&apos;exécution, qui n&apos;a pas pu être lu : %1</translation>
    </message>
    <message numerus="yes">
        <source>This run has no journal, so only the latest %Ln batch(es) keep their request and answer; this batch&apos;s were not kept.</source>
        <extracomment>Shown instead of an older batch&apos;s request and answer in a run without a journal. %n is how many of the latest batches keep theirs.</extracomment>
        <translation>
            <numerusform>Cette exécution n&apos;a pas de journal : seul %Ln lot, le plus récent, conserve sa requête et sa réponse ; celles de ce lot n&apos;ont pas été conservées.</numerusform>
            <numerusform>Cette exécution n&apos;a pas de journal : seuls les %Ln derniers lots conservent leur requête et leur réponse ; celles de ce lot n&apos;ont pas été conservées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryController</name>
    <message numerus="yes">
        <source>A run of %Ln %1 stopped before it finished: %2 sent, %3 not sent. Resume it?</source>
        <extracomment>%n rows in the run, %1 the object type&apos;s plural label (Contacts, Cars), %2 rows with an outcome, %3 rows not sent. E.g. &quot;A run of 120 Contacts stopped before it finished: 80 sent, 40 not sent. Resume it?&quot;</extracomment>
        <translation>
            <numerusform>Une exécution de %Ln ligne (%1) s&apos;est arrêtée avant la fin (envoyées&#xa0;: %2, non envoyées&#xa0;: %3). La reprendre&#xa0;?</numerusform>
            <numerusform>Une exécution de %Ln lignes (%1) s&apos;est arrêtée avant la fin (envoyées&#xa0;: %2, non envoyées&#xa0;: %3). La reprendre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume loads its rows into a new batch and sends the rest; rows sent without an answer are checked first, so nothing is created twice. Later asks again next time. Discard stops asking; the run stays in Tools › Run History.</source>
        <translation>Reprendre charge ses lignes dans un nouveau lot et envoie le reste&#xa0;; les lignes envoyées sans réponse sont d&apos;abord vérifiées, pour que rien ne soit créé deux fois. Plus tard reposera la question au prochain démarrage. Ignorer ne la pose plus&#xa0;; l&apos;exécution reste dans Outils › Historique des exécutions.</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>Button of the resume question</extracomment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Later</source>
        <extracomment>Button of the resume question: ask again at the next start</extracomment>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Discard</source>
        <extracomment>Button of the resume question: do not ask again (the run stays in the run history)</extracomment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Un lot est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>The run&apos;s journal could not be read: %1</source>
        <extracomment>%1 is why the run&apos;s journal could not be read</extracomment>
        <translation>Impossible de lire le journal de l&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Revert the run of %1 started %2?</source>
        <extracomment>%1 is the object type (Contacts, Cars), %2 when the run started</extracomment>
        <translation>Annuler l&apos;exécution (%1) lancée le %2&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Restore %Ln updated record(s) to their previous values.</source>
        <translation>
            <numerusform>Restaurer les valeurs précédentes de %Ln fiche mise à jour.</numerusform>
            <numerusform>Restaurer les valeurs précédentes de %Ln fiches mises à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive %Ln record(s) the run created.</source>
        <translation>
            <numerusform>Archiver %Ln fiche créée par l&apos;exécution.</numerusform>
            <numerusform>Archiver %Ln fiches créées par l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) stay as they are: their values were not kept before the run.</source>
        <translation>
            <numerusform>%Ln fiche mise à jour reste inchangée&#xa0;: ses valeurs n&apos;ont pas été conservées avant l&apos;exécution.</numerusform>
            <numerusform>%Ln fiches mises à jour restent inchangées&#xa0;: leurs valeurs n&apos;ont pas été conservées avant l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <translation>
            <numerusform>%Ln fiche créée ne peut pas être archivée&#xa0;: la réponse de HubSpot ne donnait pas son ID.</numerusform>
            <numerusform>%Ln fiches créées ne peuvent pas être archivées&#xa0;: la réponse de HubSpot ne donnait pas leur ID.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why the run&apos;s journal could not be read
----------
%1 is why the revert could not start</extracomment>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Revert</source>
        <extracomment>Button of the revert confirmation</extracomment>
        <translation>Défaire l&apos;exécution</translation>
    </message>
    <message>
        <source>Choose an account with a token first.</source>
        <translation>Choisissez d&apos;abord un compte doté d&apos;un jeton.</translation>
    </message>
    <message>
        <source>The revert could not start: %1</source>
        <translation>L&apos;annulation n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume Revert</source>
        <translation>Reprendre l&apos;annulation</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunHistoryDialog</name>
    <message>
        <source>Reading the run journals…</source>
        <translation>Lecture des journaux d&apos;exécution…</translation>
    </message>
    <message>
        <source>No run yet: every batch sent from now on is listed here.</source>
        <extracomment>%n is the number of past runs listed</extracomment>
        <translation>Aucune exécution pour l&apos;instant&#xa0;: chaque lot envoyé à partir de maintenant sera listé ici.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s).</source>
        <translation>
            <numerusform>%Ln exécution.</numerusform>
            <numerusform>%Ln exécutions.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run has been reverted already: see the revert run in the list.</source>
        <translation>Cette exécution a déjà été annulée&#xa0;: voyez l&apos;exécution d&apos;annulation dans la liste.</translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
        <translation>Remettre les valeurs que l&apos;exécution a écrasées et archiver les fiches qu&apos;elle a créées.</translation>
    </message>
    <message>
        <source>Export Run Results</source>
        <extracomment>%1 is why the file could not be written</extracomment>
        <translation>Exporter les résultats de l&apos;exécution</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The results file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier de résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Results written to %1.</source>
        <extracomment>%1 is the file written</extracomment>
        <translation>Résultats écrits dans %1.</translation>
    </message>
    <message>
        <source>Reverting…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>Revert Run</source>
        <extracomment>%1 is why HubSpot stopped the revert, in its words</extracomment>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message numerus="yes">
        <source>Revert finished: %Ln record(s) restored or archived.</source>
        <translation>
            <numerusform>Annulation terminée&#xa0;: %Ln fiche restaurée ou archivée.</numerusform>
            <numerusform>Annulation terminée&#xa0;: %Ln fiches restaurées ou archivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) could not be reverted: see the revert run&apos;s rows.</source>
        <translation>
            <numerusform>%Ln fiche n&apos;a pas pu être restaurée ou archivée&#xa0;: voyez les lignes de l&apos;exécution d&apos;annulation.</numerusform>
            <numerusform>%Ln fiches n&apos;ont pas pu être restaurées ou archivées&#xa0;: voyez les lignes de l&apos;exécution d&apos;annulation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The revert stopped: %1</source>
        <translation>L&apos;annulation s&apos;est arrêtée&#xa0;: %1</translation>
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
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>State of a past run: it was cancelled or the window closed with rows not sent</extracomment>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <extracomment>State of a past run: the app stopped during the run (crash, power loss); it can be resumed</extracomment>
        <translation>Interrompue</translation>
    </message>
    <message>
        <source>Every row of this run has an outcome.</source>
        <translation>Chaque ligne de cette exécution a un résultat.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were not sent. Resume sends them.</source>
        <translation>
            <numerusform>%Ln ligne n&apos;a pas été envoyée&#xa0;: Reprendre l&apos;enverra.</numerusform>
            <numerusform>%Ln lignes n&apos;ont pas été envoyées&#xa0;: Reprendre les enverra.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The app stopped during this run with %Ln row(s) not sent. Resume sends them; rows sent without an answer are checked first.</source>
        <translation>
            <numerusform>L&apos;application s&apos;est arrêtée pendant cette exécution avec %Ln ligne non envoyée. Reprendre l&apos;enverra&#xa0;; les lignes envoyées sans réponse sont d&apos;abord vérifiées.</numerusform>
            <numerusform>L&apos;application s&apos;est arrêtée pendant cette exécution avec %Ln lignes non envoyées. Reprendre les enverra&#xa0;; les lignes envoyées sans réponse sont d&apos;abord vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>revert</source>
        <extracomment>Mode of a past run that undid another run</extracomment>
        <translation>annulation</translation>
    </message>
    <message>
        <source>upsert</source>
        <extracomment>Mode of a past run</extracomment>
        <translation>création ou mise à jour</translation>
    </message>
    <message>
        <source>create</source>
        <translation>création</translation>
    </message>
    <message numerus="yes">
        <source>Includes %Ln row(s) sent without a known outcome.</source>
        <extracomment>%n rows were sent but their answer was lost</extracomment>
        <translation>
            <numerusform>Comprend %Ln ligne envoyée sans résultat connu.</numerusform>
            <numerusform>Comprend %Ln lignes envoyées sans résultat connu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <extracomment>Column header: when a run started</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <source>Portal</source>
        <extracomment>Column header: the HubSpot account (portal id)</extracomment>
        <translation>Portail</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: the object type written (Contacts, Companies, …)</extracomment>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Mode</source>
        <extracomment>Column header: create, upsert or revert</extracomment>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: number of records created</extracomment>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Column header: number of records updated</extracomment>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Column header: number of rows that failed</extracomment>
        <translation>Échecs</translation>
    </message>
    <message>
        <source>Not Sent</source>
        <extracomment>Column header: number of rows not sent</extracomment>
        <translation>Non envoyées</translation>
    </message>
    <message>
        <source>Duration</source>
        <extracomment>Column header: how long the run took</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <source>State</source>
        <extracomment>Column header: finished, stopped or interrupted</extracomment>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Batchsmith::RunRowsModel</name>
    <message>
        <source>Created</source>
        <extracomment>Outcome of a row: a record was created</extracomment>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Updated</source>
        <extracomment>Outcome of a row: a record was updated</extracomment>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome of a row: HubSpot refused it</extracomment>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Unknown</source>
        <extracomment>Outcome of a row: sent, but the answer was lost</extracomment>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome of a row: not sent (yet)</extracomment>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>Row</source>
        <extracomment>Column header: the row&apos;s number in the run</extracomment>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <extracomment>Column header: created, updated, failed, …</extracomment>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Record ID</source>
        <extracomment>Column header: the HubSpot record id</extracomment>
        <translation>ID de fiche</translation>
    </message>
    <message>
        <source>Message</source>
        <extracomment>Column header: HubSpot&apos;s error message</extracomment>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SandboxCountersDialog</name>
    <message>
        <source>Sandbox Counters</source>
        <translation>Compteurs de la sandbox</translation>
    </message>
    <message>
        <source>Requests by HTTP status:</source>
        <translation>Requêtes par statut HTTP&#xa0;:</translation>
    </message>
    <message>
        <source>Records by object type:</source>
        <translation>Fiches par type d&apos;objet&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Object type</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>Duplicates created: %1 (must stay 0)</source>
        <extracomment>%1 is a count that must stay 0: records the sandbox created twice because a request was sent twice</extracomment>
        <translation>Doublons créés&#xa0;: %1 (doit rester à 0)</translation>
    </message>
    <message>
        <source>%1 requests; %2 records created, %3 updated; %4 rate-limited (429); %5 faults injected</source>
        <extracomment>Sandbox totals. %1 requests, %2 records created, %3 updated, %4 answers 429, %5 faults injected</extracomment>
        <translation>%1 requêtes&#xa0;; %2 fiches créées, %3 mises à jour&#xa0;; %4 limitées (429)&#xa0;; %5 pannes injectées</translation>
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
        <translation>&amp;Réinitialiser le portail…</translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded, and clear its counters</source>
        <translation>Remettre le portail de la sandbox dans son état initial et remettre ses compteurs à zéro</translation>
    </message>
    <message>
        <source>&amp;Counters</source>
        <translation>&amp;Compteurs</translation>
    </message>
    <message>
        <source>Requests by status, records by type and duplicates created</source>
        <translation>Requêtes par statut, fiches par type et doublons créés</translation>
    </message>
    <message>
        <source>The scenario was not applied.</source>
        <translation>Le scénario n&apos;a pas été appliqué.</translation>
    </message>
    <message>
        <source>Sandbox scenario: %1</source>
        <extracomment>%1 is a scenario&apos;s name from the Sandbox menu, e.g. Lost Answers</extracomment>
        <translation>Scénario de la sandbox&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset Sandbox Portal</source>
        <translation>Réinitialiser le portail de la sandbox</translation>
    </message>
    <message>
        <source>Put the sandbox&apos;s portal back as it was seeded? Every record created or changed since is removed, and its counters start again. The scenario stays as it is.</source>
        <translation>Remettre le portail de la sandbox dans son état initial&#xa0;? Toutes les fiches créées ou modifiées depuis sont supprimées, et ses compteurs repartent de zéro. Le scénario reste inchangé.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal was not reset.</source>
        <translation>Le portail de la sandbox n&apos;a pas été réinitialisé.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s portal is as it was seeded.</source>
        <translation>Le portail de la sandbox est dans son état initial.</translation>
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
        <translation>Portail lent</translation>
    </message>
    <message>
        <source>Rate-Limit Storm</source>
        <translation>Tempête de limites de débit</translation>
    </message>
    <message>
        <source>Lost Answers</source>
        <translation>Réponses perdues</translation>
    </message>
    <message>
        <source>Flaky Server</source>
        <translation>Serveur instable</translation>
    </message>
    <message>
        <source>Partial Failures</source>
        <translation>Échecs partiels</translation>
    </message>
    <message>
        <source>Token Refused</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Daily Limit Reached</source>
        <translation>Limite quotidienne atteinte</translation>
    </message>
    <message>
        <source>The sandbox answers every request at once, as a healthy HubSpot portal does.</source>
        <translation>La sandbox répond immédiatement à chaque requête, comme un portail HubSpot en bonne santé.</translation>
    </message>
    <message>
        <source>Every answer takes a second.</source>
        <translation>Chaque réponse prend une seconde.</translation>
    </message>
    <message>
        <source>Every fourth batch request gets 429 TEN_SECONDLY_ROLLING.</source>
        <translation>Une requête de lot sur quatre reçoit 429 TEN_SECONDLY_ROLLING.</translation>
    </message>
    <message>
        <source>Every third batch is written, then answered 502, as when a proxy loses the answer.</source>
        <translation>Un lot sur trois est enregistré, puis reçoit la réponse 502, comme lorsqu&apos;un proxy perd la réponse.</translation>
    </message>
    <message>
        <source>Some batch requests get 500 or 503 before anything is written.</source>
        <translation>Certaines requêtes de lot reçoivent 500 ou 503 avant que quoi que ce soit ne soit enregistré.</translation>
    </message>
    <message>
        <source>Every tenth input is refused: the batch gets 207 and the other inputs are written.</source>
        <translation>Une entrée sur dix est refusée&#xa0;: le lot reçoit 207 et les autres entrées sont enregistrées.</translation>
    </message>
    <message>
        <source>Every request gets 401, as with a revoked token.</source>
        <translation>Chaque requête reçoit 401, comme avec un jeton révoqué.</translation>
    </message>
    <message>
        <source>Every request gets 429 DAILY: the account&apos;s daily limit is used up.</source>
        <translation>Chaque requête reçoit 429 DAILY&#xa0;: la limite quotidienne du compte est épuisée.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendController</name>
    <message>
        <source>“%1” is not an object type that takes batch writes.</source>
        <extracomment>%1 is what was typed as the object type</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type d&apos;objet qui accepte les écritures par lots.</translation>
    </message>
    <message>
        <source>The grid has no columns: add the properties to send.</source>
        <translation>La grille n&apos;a aucune colonne&#xa0;: ajoutez les propriétés à envoyer.</translation>
    </message>
    <message>
        <source>Choose the unique property that upsert matches records on.</source>
        <translation>Choisissez la propriété unique qui sert à identifier les fiches à créer ou mettre à jour.</translation>
    </message>
    <message>
        <source>Upsert matches on “%1”, but the grid has no such column.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>Créer ou mettre à jour identifie les fiches par «&#xa0;%1&#xa0;», mais la grille n&apos;a pas cette colonne.</translation>
    </message>
    <message>
        <source>Upsert needs a value in “%1” to find the record.</source>
        <extracomment>%1 is a property&apos;s internal name such as email</extracomment>
        <translation>Créer ou mettre à jour a besoin d&apos;une valeur dans «&#xa0;%1&#xa0;» pour trouver la fiche.</translation>
    </message>
    <message>
        <source>A batch is already being sent.</source>
        <translation>Un lot est déjà en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>There is no row to send.</source>
        <translation>Il n&apos;y a aucune ligne à envoyer.</translation>
    </message>
    <message>
        <source>The run journal could not be written, so nothing was sent: %1</source>
        <extracomment>%1 is why the file could not be written, e.g. &quot;disk full&quot;
----------
%1 is why the run journal could not be written</extracomment>
        <translation>Impossible d&apos;écrire le journal d&apos;exécution, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run journal could not be opened: %1</source>
        <extracomment>%1 is why the run journal could not be opened</extracomment>
        <translation>Impossible d&apos;ouvrir le journal d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>The run journal could not be read: %1</source>
        <extracomment>%1 is why the run journal could not be read</extracomment>
        <translation>Impossible de lire le journal d&apos;exécution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every row of this run has an outcome: nothing is left to send.</source>
        <translation>Chaque ligne de cette exécution a un résultat&#xa0;: il ne reste rien à envoyer.</translation>
    </message>
    <message>
        <source>The values this run would overwrite could not be read, so nothing was sent: %1</source>
        <extracomment>%1 is why HubSpot did not answer, in its words</extracomment>
        <translation>Impossible de lire les valeurs que cette exécution écraserait, donc rien n&apos;a été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending stopped because the run journal could not be written: %1
The rows not sent yet are still in the grid.</source>
        <extracomment>%1 is why the run journal could not be written, e.g. &quot;disk full&quot;</extracomment>
        <translation>L&apos;envoi s&apos;est arrêté, car le journal d&apos;exécution n&apos;a pas pu être écrit&#xa0;: %1
Les lignes pas encore envoyées sont toujours dans la grille.</translation>
    </message>
    <message>
        <source>This run is being sent in this window. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run that this window is sending right now</extracomment>
        <translation>Cette exécution est en cours d&apos;envoi dans cette fenêtre. Attendez qu&apos;elle se termine ou arrêtez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli (process ID %1). Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is the process ID of the other Batchsmith window or batchsmith-cli, a plain number such as 4242 (no digit grouping)</extracomment>
        <translation>Cette exécution est en cours d&apos;envoi par une autre fenêtre Batchsmith ou par batchsmith-cli (processus %1). Attendez qu&apos;elle se termine ou arrêtez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>This run is being sent by another Batchsmith window or batchsmith-cli. Wait until it finishes, or stop it, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation>Cette exécution est en cours d&apos;envoi par une autre fenêtre Batchsmith ou par batchsmith-cli. Attendez qu&apos;elle se termine ou arrêtez-la, puis réessayez.</translation>
    </message>
    <message>
        <source>This run went to the sandbox on this computer, but the account in use is a HubSpot account. Choose the sandbox&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run</extracomment>
        <translation>Cette exécution visait la sandbox de cet ordinateur, mais le compte utilisé est un compte HubSpot. Choisissez le compte de la sandbox, puis réessayez.</translation>
    </message>
    <message>
        <source>This run went to HubSpot (%1), but the account in use is the sandbox on this computer. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 is where the run went, e.g. api.hubapi.com</extracomment>
        <translation>Cette exécution visait HubSpot (%1), mais le compte utilisé est la sandbox de cet ordinateur. Choisissez le compte avec lequel l&apos;exécution a été envoyée, puis réessayez.</translation>
    </message>
    <message>
        <source>This run went to %1, but the account in use sends to %2. Choose the account the run was sent with, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are host names, e.g. api.hubapi.com</extracomment>
        <translation>Cette exécution visait %1, mais le compte utilisé envoie vers %2. Choisissez le compte avec lequel l&apos;exécution a été envoyée, puis réessayez.</translation>
    </message>
    <message>
        <source>This run went to portal %1, but the account in use is portal %2. Choose that portal&apos;s account, then try again.</source>
        <extracomment>Shown instead of resuming or reverting a run. %1 and %2 are HubSpot portal (account) ids</extracomment>
        <translation>Cette exécution visait le portail %1, mais le compte utilisé correspond au portail %2. Choisissez le compte du portail visé, puis réessayez.</translation>
    </message>
    <message>
        <source>Paused: the run journal %1 could not be written (%2). Nothing is lost: free some disk space, then resume the run, or cancel it.</source>
        <extracomment>Shown beside a paused run. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation>En pause : le journal d&apos;exécution %1 n&apos;a pas pu être écrit (%2). Rien n&apos;est perdu : libérez de l&apos;espace disque, puis reprenez l&apos;exécution, ou annulez-la.</translation>
    </message>
    <message>
        <source>The run journal %1 could not be written (%2). The outcomes are in the grid.</source>
        <extracomment>Shown beside a run that is stopping. %1 is the run journal&apos;s file, %2 why it could not be written, in SQLite&apos;s words (English), such as &quot;database or disk is full&quot;</extracomment>
        <translation>Le journal d&apos;exécution %1 n&apos;a pas pu être écrit (%2). Les résultats sont dans la grille.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SendPresenter</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln seconde</numerusform>
            <numerusform>%Ln secondes</numerusform>
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
            <numerusform>%Ln heure</numerusform>
            <numerusform>%Ln heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows sent</source>
        <translation>Lignes envoyées</translation>
    </message>
    <message>
        <source>Row %1, %2: %3</source>
        <extracomment>A problem in the list: %1 row number, %2 column title, %3 what is wrong</extracomment>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>A problem in the list: %1 row number, %2 what is wrong</extracomment>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <extracomment>%n is how many more problems are not listed</extracomment>
        <translation>
            <numerusform>… et %Ln autre.</numerusform>
            <numerusform>… et %Ln autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was sent: %Ln problem(s) to fix first.</source>
        <extracomment>%n is the number of problems found before sending</extracomment>
        <translation>
            <numerusform>Rien n&apos;a été envoyé&#xa0;: %Ln problème à corriger d&apos;abord.</numerusform>
            <numerusform>Rien n&apos;a été envoyé&#xa0;: %Ln problèmes à corriger d&apos;abord.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every cell can be sent.</source>
        <translation>Toutes les cellules peuvent être envoyées.</translation>
    </message>
    <message>
        <source>Every row has been sent. Add rows, or use Retry Failed Rows for the ones that failed.</source>
        <translation>Toutes les lignes ont été envoyées. Ajoutez des lignes, ou utilisez Renvoyer les échecs pour celles qui ont échoué.</translation>
    </message>
    <message>
        <source>No row has failed.</source>
        <translation>Aucune ligne n&apos;a échoué.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Progress bar text: %1 rows done, %2 rows in all</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 rows/s, about %2 left</source>
        <extracomment>%1 rows per second, %2 a duration such as &quot;3 minutes&quot;</extracomment>
        <translation>%1 lignes/s, reste environ %2</translation>
    </message>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 lignes/s</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln row(s) were not sent.</source>
        <extracomment>%n rows that were not sent because the run was cancelled</extracomment>
        <translation>
            <numerusform>Arrêté&#xa0;: %Ln ligne n&apos;a pas été envoyée.</numerusform>
            <numerusform>Arrêté&#xa0;: %Ln lignes n&apos;ont pas été envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending Stopped</source>
        <extracomment>Title of the message shown when HubSpot stopped a run (expired token, daily limit…)</extracomment>
        <translation>Envoi interrompu</translation>
    </message>
    <message>
        <source>HubSpot refused to go on: %1
The rows not sent yet are still in the grid; fix the cause and send again.</source>
        <extracomment>%1 is why the run stopped, in HubSpot&apos;s words</extracomment>
        <translation>HubSpot a refusé de continuer&#xa0;: %1
Les lignes pas encore envoyées sont toujours dans la grille&#xa0;; corrigez la cause et renvoyez-les.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <extracomment>Status bar: number of rows in the grid</extracomment>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) to fix</source>
        <extracomment>Status bar: number of cells that would be refused</extracomment>
        <translation>
            <numerusform>%Ln cellule à corriger</numerusform>
            <numerusform>%Ln cellules à corriger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created</source>
        <translation>
            <numerusform>%Ln créée</numerusform>
            <numerusform>%Ln créées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unknown</source>
        <extracomment>Rows sent whose outcome is not known (the answer was lost)</extracomment>
        <translation>
            <numerusform>%Ln inconnue</numerusform>
            <numerusform>%Ln inconnues</numerusform>
        </translation>
    </message>
    <message>
        <source> · </source>
        <extracomment>Separator between the parts of the status bar summary</extracomment>
        <translation> · </translation>
    </message>
    <message>
        <source>No row has an unknown outcome.</source>
        <translation>Aucune ligne n&apos;a de résultat inconnu.</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln row(s) with an unknown outcome again as new records, without looking them up?

Their earlier answers were lost, and looking them up could not prove whether their earlier send wrote them. Every one HubSpot did write will exist twice. Check them in HubSpot first; Retry Failed Rows looks them up instead.</source>
        <extracomment>Confirmation before creating rows again without looking them up; %n is the number of rows</extracomment>
        <translation>
            <numerusform>Créer de nouveau %Ln ligne au résultat inconnu comme nouvel enregistrement, sans la rechercher ?

Sa réponse précédente a été perdue, et la recherche n&apos;a pas pu prouver que l&apos;envoi précédent l&apos;avait écrite. Si HubSpot l&apos;a écrite, elle existera en double. Vérifiez d&apos;abord dans HubSpot ; Renvoyer les lignes en échec la recherche à la place.</numerusform>
            <numerusform>Créer de nouveau %Ln lignes au résultat inconnu comme nouveaux enregistrements, sans les rechercher ?

Leurs réponses précédentes ont été perdues, et la recherche n&apos;a pas pu prouver que l&apos;envoi précédent les avait écrites. Chacune que HubSpot a écrite existera en double. Vérifiez d&apos;abord dans HubSpot ; Renvoyer les lignes en échec les recherche à la place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send Unknown Rows Again</source>
        <translation>Renvoyer les lignes inconnues</translation>
    </message>
    <message>
        <source>Create Again</source>
        <extracomment>Button of the confirmation before creating unknown rows again</extracomment>
        <translation>Créer de nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) are unknown: HubSpot may have them, so they were not sent again. Check them in HubSpot, or use Send Unknown Rows Again.</source>
        <extracomment>%n rows whose answer was lost and that could not be looked up</extracomment>
        <translation>
            <numerusform>%Ln ligne est inconnue : HubSpot l&apos;a peut-être, elle n&apos;a donc pas été renvoyée. Vérifiez dans HubSpot, ou utilisez Renvoyer les lignes inconnues.</numerusform>
            <numerusform>%Ln lignes sont inconnues : HubSpot les a peut-être, elles n&apos;ont donc pas été renvoyées. Vérifiez dans HubSpot, ou utilisez Renvoyer les lignes inconnues.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>Progress bar text while a big run is checked and written to its run journal, before its first request; %1 is a percentage such as 42</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Preparing the run…</source>
        <extracomment>Shown while a big run is checked and written to its run journal, before its first request</extracomment>
        <translation>Préparation de l’envoi…</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SetCellsCommand</name>
    <message numerus="yes">
        <source>Paste %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry, e.g. &quot;Undo Paste 12 cells&quot;</extracomment>
        <translation>
            <numerusform>Coller %Ln cellule</numerusform>
            <numerusform>Coller %Ln cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear %Ln cell(s)</source>
        <extracomment>Undo/redo menu entry after Delete in the grid, e.g. &quot;Undo Clear 3 cells&quot;</extracomment>
        <translation>
            <numerusform>Effacer %Ln cellule</numerusform>
            <numerusform>Effacer %Ln cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <extracomment>Undo/redo menu entry after editing one cell; %1 is the column title, e.g. &quot;Undo Edit “First name”&quot;</extracomment>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SettingsDialog</name>
    <message>
        <source>System default</source>
        <extracomment>First entry of the language list: use the language of the operating system</extracomment>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Batchsmith::SortRecordsCommand</name>
    <message>
        <source>Sort by %1, ascending</source>
        <translation>Trier par %1, ordre croissant</translation>
    </message>
    <message>
        <source>Sort by %1, descending</source>
        <translation>Trier par %1, ordre décroissant</translation>
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
        <translation>%1 n&apos;est pas en UTF-8&#xa0;; lu en Windows-1252.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (little-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
        <translation>%1 est en UTF-16 (little-endian)&#xa0;; lu comme tel.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 (big-endian); read it as such.</source>
        <extracomment>Shown after opening a file: %1 is the file name.</extracomment>
        <translation>%1 est en UTF-16 (big-endian)&#xa0;; lu comme tel.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::TokenManagerDialog</name>
    <message>
        <source>Enter a full address, such as https://api.hubapi.com.</source>
        <translation>Saisissez une adresse complète, comme https://api.hubapi.com.</translation>
    </message>
    <message>
        <source>Use https. Plain http is allowed only for this computer (127.0.0.1, ::1 or localhost).</source>
        <translation>Utilisez https. Le http simple n&apos;est autorisé que pour cet ordinateur (127.0.0.1,&#xa0;::1 ou localhost).</translation>
    </message>
    <message>
        <source>Leave out any user name, password, query (?…) or fragment (#…).</source>
        <translation>N&apos;indiquez ni nom d&apos;utilisateur, ni mot de passe, ni requête (?…), ni fragment (#…).</translation>
    </message>
    <message>
        <source>2026-03 is HubSpot&apos;s dated API; v3 is the older, undated one.</source>
        <translation>2026-03 est l&apos;API datée de HubSpot&#xa0;; v3 est l&apos;ancienne, non datée.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>A profile in the list, marked as the one the app starts with; %1 is its name</extracomment>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>The app&apos;s built-in sandbox, a local imitation of HubSpot; its address changes at each start.</source>
        <translation>La sandbox intégrée à l&apos;application, une imitation locale de HubSpot&#xa0;; son adresse change à chaque démarrage.</translation>
    </message>
    <message>
        <source>New token %1, kept when you save.</source>
        <extracomment>%1 is the start and end of the token, e.g. pat-na1-…5555</extracomment>
        <translation>Nouveau jeton %1, conservé lorsque vous enregistrez.</translation>
    </message>
    <message>
        <source>Stored token: %1. Type a new one to replace it.</source>
        <extracomment>%1 is the start and end of the stored token, e.g. pat-na1-…5555</extracomment>
        <translation>Jeton enregistré&#xa0;: %1. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>No token yet. Paste the access token of your HubSpot private app.</source>
        <translation>Aucun jeton pour l&apos;instant. Collez le jeton d&apos;accès de votre application privée HubSpot.</translation>
    </message>
    <message>
        <source>Stored; type to replace</source>
        <translation>Enregistré&#xa0;; saisir pour remplacer</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Masquer le jeton</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A name made unique by a number, e.g. &quot;New profile 2&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a copied profile; %1 is the original&apos;s name</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Remove the profile “%1” and its token? This takes effect when you save.</source>
        <extracomment>%1 is the profile&apos;s name</extracomment>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son jeton&#xa0;? La suppression prendra effet à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Another profile is already named “%1”.</source>
        <extracomment>%1 is the name typed, which another profile already has</extracomment>
        <translation>Un autre profil s&apos;appelle déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Save Profiles</source>
        <extracomment>Title of the message shown when a profile cannot be saved</extracomment>
        <translation>Enregistrer les profils</translation>
    </message>
    <message>
        <source>The profile “%1” could not be saved: %2</source>
        <extracomment>%1 is the profile&apos;s name, %2 why it could not be saved (English, from the storage layer)</extracomment>
        <translation>Impossible d&apos;enregistrer le profil «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save your changes to the token profiles before closing?</source>
        <translation>Enregistrer vos modifications des profils de jeton avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>The built-in sandbox is not running.</source>
        <translation>La sandbox intégrée n&apos;est pas en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Enter the token first.</source>
        <translation>Saisissez d&apos;abord le jeton.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>The built-in sandbox accepts only its own token, made for this installation: %1.</source>
        <extracomment>%1 is the start and end of the sandbox&apos;s token, made at random for this installation, e.g. sandbox-…9f3a</extracomment>
        <translation>La sandbox intégrée n&apos;accepte que son propre jeton, créé pour cette installation&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Batchsmith::ValueValidator</name>
    <message>
        <source>“%1” cannot be set: %2 is archived in HubSpot.</source>
        <extracomment>%1 is the value typed, %2 the property label.</extracomment>
        <translation>Impossible de définir «&#xa0;%1&#xa0;»&#xa0;: %2 est archivée dans HubSpot.</translation>
    </message>
    <message>
        <source>“%1” cannot be set: %2 is read-only: HubSpot computes it.</source>
        <extracomment>%1 is the value typed, %2 the property label, e.g. &quot;“12” cannot be set: Record ID is read-only: HubSpot computes it.&quot;</extracomment>
        <translation>Impossible de définir «&#xa0;%1&#xa0;»&#xa0;: %2 est en lecture seule, car HubSpot la calcule.</translation>
    </message>
    <message>
        <source>The value of %1 is %L2 characters long; HubSpot accepts at most %L3.</source>
        <extracomment>%1 is the property label, %2 the length of the value, %3 HubSpot&apos;s limit (65,536).</extracomment>
        <translation>La valeur de %1 compte %L2 caractères&#xa0;; HubSpot en accepte au plus %L3.</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2: use true or false.</source>
        <extracomment>%1 is the value typed, %2 the property label. Keep true and false in English: HubSpot reads them.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une valeur de %2&#xa0;: utilisez true ou false.</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Match Columns</source>
        <translation>Faire correspondre les colonnes</translation>
    </message>
    <message>
        <source>Choose the property each column of the file goes to.</source>
        <translation>Choisissez la propriété de destination de chaque colonne du fichier.</translation>
    </message>
    <message>
        <source>How the file was read</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Columns left to match</source>
        <translation>Colonnes restant à faire correspondre</translation>
    </message>
    <message>
        <source>&amp;First row holds the column names</source>
        <translation>&amp;La première ligne contient les noms de colonne</translation>
    </message>
    <message>
        <source>First row holds the column names</source>
        <translation>La première ligne contient les noms de colonne</translation>
    </message>
    <message>
        <source>Show only columns &amp;not matched</source>
        <translation>Afficher seulement les colonnes sa&amp;ns correspondance</translation>
    </message>
    <message>
        <source>Show only columns not matched</source>
        <translation>Afficher seulement les colonnes sans correspondance</translation>
    </message>
    <message>
        <source>Columns of the file and where they go</source>
        <translation>Colonnes du fichier et leur destination</translation>
    </message>
    <message>
        <source>File column</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Matched by</source>
        <translation>Correspondance par</translation>
    </message>
    <message>
        <source>&amp;Remember these choices</source>
        <translation>&amp;Mémoriser ces choix</translation>
    </message>
    <message>
        <source>Remember these choices</source>
        <translation>Mémoriser ces choix</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>How the file&apos;s text is encoded. Automatic reads UTF-8, UTF-16 with a byte order mark, and Windows-1252 when the text is plain ASCII up to its first byte that is not UTF-8. Choosing another encoding reads the file again.</source>
        <translation>Encodage du texte du fichier. Automatique lit l&apos;UTF-8, l&apos;UTF-16 avec indicateur d&apos;ordre des octets, et le Windows-1252 lorsque le texte est en ASCII simple jusqu&apos;à son premier octet non UTF-8. Choisir un autre encodage relit le fichier.</translation>
    </message>
    <message>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>ColumnPickerDialog</name>
    <message>
        <source>Add Columns</source>
        <translation>Ajouter des colonnes</translation>
    </message>
    <message>
        <source>Kind of column</source>
        <translation>Type de colonne</translation>
    </message>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search properties</source>
        <translation>Rechercher des propriétés</translation>
    </message>
    <message>
        <source>Label or internal name</source>
        <translation>Libellé ou nom interne</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <source>&amp;Associations</source>
        <translation>A&amp;ssociations</translation>
    </message>
    <message>
        <source>Associate &amp;with:</source>
        <translation>Associer a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>Object type to associate with</source>
        <translation>Type d&apos;objet à associer</translation>
    </message>
    <message>
        <source>Association &amp;labels (one column each):</source>
        <translation>&amp;Libellés d&apos;association (une colonne chacun)&#xa0;:</translation>
    </message>
    <message>
        <source>Association labels</source>
        <translation>Libellés d&apos;association</translation>
    </message>
    <message>
        <source>Number of chosen columns</source>
        <translation>Nombre de colonnes choisies</translation>
    </message>
</context>
<context>
    <name>GridFilterBar</name>
    <message>
        <source>Shows only the rows with this text in a value, a record ID or an error.</source>
        <translation>Affiche seulement les lignes contenant ce texte dans une valeur, un ID de fiche ou une erreur.</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation>Filtrer les lignes…</translation>
    </message>
    <message>
        <source>Rows to show</source>
        <translation>Lignes à afficher</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Batchsmith</source>
        <translation>À &amp;propos de Batchsmith</translation>
    </message>
    <message>
        <source>Records to send</source>
        <translation>Fiches à envoyer</translation>
    </message>
    <message>
        <source>Requests and responses</source>
        <translation>Requêtes et réponses</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Lot</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Problems that stop the batch from being sent</source>
        <translation>Problèmes qui empêchent l&apos;envoi du lot</translation>
    </message>
    <message>
        <source>&amp;New Batch</source>
        <translation>&amp;Nouveau lot</translation>
    </message>
    <message>
        <source>Start an empty batch</source>
        <translation>Commencer un lot vide</translation>
    </message>
    <message>
        <source>Quit Batchsmith</source>
        <translation>Quitter Batchsmith</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last edit</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo the edit undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected cells</source>
        <translation>Copier les cellules sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste cells from a spreadsheet</source>
        <translation>Coller des cellules depuis un tableur</translation>
    </message>
    <message>
        <source>C&amp;lear Cells</source>
        <translation>&amp;Effacer les cellules</translation>
    </message>
    <message>
        <source>Empty the selected cells</source>
        <translation>Vider les cellules sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Add Row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Add an empty row below the current one</source>
        <translation>Ajouter une ligne vide sous la ligne actuelle</translation>
    </message>
    <message>
        <source>D&amp;uplicate Rows</source>
        <translation>D&amp;upliquer les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows below them</source>
        <translation>Copier les lignes sélectionnées juste en dessous</translation>
    </message>
    <message>
        <source>Re&amp;move Rows</source>
        <translation>&amp;Supprimer les lignes</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Add &amp;Columns…</source>
        <translation>Ajouter des colo&amp;nnes…</translation>
    </message>
    <message>
        <source>Choose properties and associations to add as columns</source>
        <translation>Choisir les propriétés et associations à ajouter comme colonnes</translation>
    </message>
    <message>
        <source>Remove Col&amp;umn</source>
        <translation>Su&amp;pprimer la colonne</translation>
    </message>
    <message>
        <source>Remove the current column</source>
        <translation>Supprimer la colonne actuelle</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Check every cell against the portal’s properties without sending</source>
        <translation>Vérifier chaque cellule par rapport aux propriétés du portail, sans envoyer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send the rows not sent yet</source>
        <translation>Envoyer les lignes pas encore envoyées</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Send no new batch; batches in flight finish</source>
        <translation>N&apos;envoyer aucun nouveau lot&#xa0;; les lots en cours se terminent</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the run; batches in flight finish and are recorded</source>
        <translation>Arrêter l&apos;exécution&#xa0;; les lots en cours se terminent et sont enregistrés</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Rows</source>
        <translation>&amp;Renvoyer les échecs</translation>
    </message>
    <message>
        <source>&amp;Accounts and Tokens…</source>
        <translation>&amp;Comptes et jetons…</translation>
    </message>
    <message>
        <source>Add, edit and test account profiles</source>
        <translation>Ajouter, modifier et tester des profils de compte</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language and sending defaults</source>
        <translation>Langue et paramètres d&apos;envoi par défaut</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a saved draft (.batchsmith)</source>
        <translation>Ouvrir un brouillon enregistré (.batchsmith)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the draft: batch choices, columns, rows and their outcomes</source>
        <translation>Enregistrer le brouillon&#xa0;: choix du lot, colonnes, lignes et leurs résultats</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the draft to another file</source>
        <translation>Enregistrer le brouillon dans un autre fichier</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>E&amp;xporter les résultats…</translation>
    </message>
    <message>
        <source>Write the grid and each row’s outcome as CSV, as batchsmith-cli --results does</source>
        <translation>Écrire la grille et le résultat de chaque ligne au format CSV, comme batchsmith-cli --results</translation>
    </message>
    <message>
        <source>Pre&amp;view Requests…</source>
        <translation>Aperç&amp;u des requêtes…</translation>
    </message>
    <message>
        <source>Show the JSON bodies that sending the rows not sent yet would post, batch by batch</source>
        <translation>Afficher, lot par lot, les corps JSON qui seraient envoyés pour les lignes pas encore envoyées</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add rows from a CSV or TSV file, or from a results file of an earlier run</source>
        <translation>Ajouter des lignes depuis un fichier CSV ou TSV, ou depuis le fichier de résultats d&apos;une exécution précédente</translation>
    </message>
    <message>
        <source>Run &amp;History…</source>
        <translation>&amp;Historique des exécutions…</translation>
    </message>
    <message>
        <source>Past runs: their rows and outcomes; export, resume or revert them</source>
        <translation>Exécutions passées&#xa0;: leurs lignes et résultats&#xa0;; les exporter, les reprendre ou les annuler</translation>
    </message>
    <message>
        <source>Send the rows that failed again; unknown rows are looked up first and sent only if HubSpot certainly does not have them</source>
        <translation>Renvoyer les lignes en échec ; les lignes inconnues sont d&apos;abord recherchées et envoyées seulement si HubSpot ne les a certainement pas</translation>
    </message>
    <message>
        <source>Send &amp;Unknown Rows Again…</source>
        <translation>Renvoyer les lignes &amp;inconnues…</translation>
    </message>
    <message>
        <source>Create the rows whose outcome is unknown again, without looking them up: those HubSpot did write are created twice</source>
        <translation>Créer de nouveau les lignes au résultat inconnu, sans les rechercher : celles que HubSpot a écrites sont créées en double</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview Requests</source>
        <comment>Title of the dialog that shows the JSON bodies a send would post</comment>
        <translation>Aperçu des requêtes</translation>
    </message>
    <message>
        <source>&amp;Batches:</source>
        <translation>&amp;Lots&#xa0;:</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Corps de la requête</translation>
    </message>
    <message>
        <source>Copy the selected batch’s JSON body to the clipboard</source>
        <translation>Copier le corps JSON du lot sélectionné dans le presse-papiers</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy every request, each as its request line and JSON body</source>
        <translation>Copier toutes les requêtes, chacune avec sa ligne de requête et son corps JSON</translation>
    </message>
    <message>
        <source>Copy &amp;All</source>
        <translation>Copier &amp;tout</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation>Tentati&amp;ve&#xa0;:</translation>
    </message>
    <message>
        <source>This batch was sent more than once: pick the request to show.</source>
        <translation>Ce lot a été envoyé plusieurs fois&#xa0;: choisissez la requête à afficher.</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
    <message>
        <source>Put the real token in the copied command instead of $HUBSPOT_TOKEN. Anyone who sees the command can then use your token.</source>
        <translation>Mettre le vrai jeton dans la commande copiée au lieu de $HUBSPOT_TOKEN. Toute personne qui voit la commande pourra alors utiliser votre jeton.</translation>
    </message>
    <message>
        <source>Include the token in the copied command</source>
        <translation>Inclure le jeton dans la commande copiée</translation>
    </message>
    <message>
        <source>Include &amp;token</source>
        <translation>Inclure le &amp;jeton</translation>
    </message>
    <message>
        <source>Copy the request shown as a cURL command for a POSIX shell. The token comes from the HUBSPOT_TOKEN variable unless you include it.</source>
        <translation>Copier la requête affichée sous forme de commande cURL pour un shell POSIX. Le jeton est lu dans la variable HUBSPOT_TOKEN, sauf si vous l&apos;incluez.</translation>
    </message>
    <message>
        <source>Copy request as cURL</source>
        <translation>Copier la requête en cURL</translation>
    </message>
    <message>
        <source>&amp;Copy request as cURL</source>
        <translation>Copi&amp;er la requête en cURL</translation>
    </message>
    <message>
        <source>Request and response</source>
        <translation>Requête et réponse</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>Re&amp;quête</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Select a batch to see its request.</source>
        <translation>Sélectionnez un lot pour voir sa requête.</translation>
    </message>
    <message>
        <source>Re&amp;sponse</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Select a batch to see its answer.</source>
        <translation>Sélectionnez un lot pour voir sa réponse.</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>Résumé de l&apos;exécution</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Limite de débit</translation>
    </message>
    <message>
        <source>What HubSpot answered each request of this batch, and what Batchsmith did about it</source>
        <translation>Ce que HubSpot a répondu à chaque requête de ce lot, et ce que Batchsmith a fait en conséquence</translation>
    </message>
    <message>
        <source>What happened to this batch</source>
        <translation>Ce qui est arrivé à ce lot</translation>
    </message>
</context>
<context>
    <name>RevertPlanner</name>
    <message>
        <source>Reverting run %1:</source>
        <extracomment>First sentence of the revert confirmation; %1 is the run id, e.g. &quot;3f2a9c0d1b7e&quot;.</extracomment>
        <translation>Annulation de l&apos;exécution %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will get back the values they had before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln fiche retrouvera les valeurs qu&apos;elle avait avant l&apos;exécution.</numerusform>
            <numerusform>%Ln fiches retrouveront les valeurs qu&apos;elles avaient avant l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) that the run created will be archived.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln fiche créée par l&apos;exécution sera archivée.</numerusform>
            <numerusform>%Ln fiches créées par l&apos;exécution seront archivées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated record(s) will be left as they are: their values were not read before the run.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln fiche mise à jour restera telle quelle&#xa0;: ses valeurs n&apos;ont pas été lues avant l&apos;exécution.</numerusform>
            <numerusform>%Ln fiches mises à jour resteront telles quelles&#xa0;: leurs valeurs n&apos;ont pas été lues avant l&apos;exécution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln created record(s) cannot be archived: HubSpot&apos;s answer did not give their id.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln fiche créée ne peut pas être archivée&#xa0;: la réponse de HubSpot ne donnait pas son ID.</numerusform>
            <numerusform>%Ln fiches créées ne peuvent pas être archivées&#xa0;: la réponse de HubSpot ne donnait pas leur ID.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) marked created were not sent by this run and will be left as they are.</source>
        <extracomment>In the revert confirmation.</extracomment>
        <translation>
            <numerusform>%Ln enregistrement marqué créé n&apos;a pas été envoyé par cette exécution et sera laissé tel quel.</numerusform>
            <numerusform>%Ln enregistrements marqués créés n&apos;ont pas été envoyés par cette exécution et seront laissés tels quels.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHistoryDialog</name>
    <message>
        <source>Run History</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>&amp;Past runs, newest first:</source>
        <translation>Exécutions &amp;passées, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <source>Past runs</source>
        <translation>Exécutions passées</translation>
    </message>
    <message>
        <source>R&amp;ows of the selected run:</source>
        <translation>&amp;Lignes de l&apos;exécution sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Rows of the selected run</source>
        <translation>Lignes de l&apos;exécution sélectionnée</translation>
    </message>
    <message>
        <source>Revert progress</source>
        <translation>Progression de l&apos;annulation</translation>
    </message>
    <message>
        <source>&amp;Export Results…</source>
        <translation>&amp;Exporter les résultats…</translation>
    </message>
    <message>
        <source>Write the selected run&apos;s rows and outcomes to a CSV results file.</source>
        <translation>Écrire les lignes et les résultats de l&apos;exécution sélectionnée dans un fichier de résultats CSV.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the folder where the run journals are kept.</source>
        <translation>Afficher le dossier où sont conservés les journaux d&apos;exécution.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Load the run into the grid and send the rows it did not send.</source>
        <translation>Charger l&apos;exécution dans la grille et envoyer les lignes qu&apos;elle n&apos;a pas envoyées.</translation>
    </message>
    <message>
        <source>Re&amp;vert…</source>
        <translation>&amp;Annuler l&apos;exécution…</translation>
    </message>
    <message>
        <source>Put back the values the run overwrote and archive the records it created.</source>
        <translation>Remettre les valeurs que l&apos;exécution a écrasées et archiver les fiches qu&apos;elle a créées.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages. It changes as soon as you apply it.</source>
        <translation>La langue des menus, boîtes de dialogue et messages. Elle change dès que vous l&apos;appliquez.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>&amp;Batches in parallel:</source>
        <translation>Lots en &amp;parallèle&#xa0;:</translation>
    </message>
    <message>
        <source>Batches sent in parallel</source>
        <translation>Lots envoyés en parallèle</translation>
    </message>
    <message>
        <source>&amp;Records per batch:</source>
        <translation>&amp;Fiches par lot&#xa0;:</translation>
    </message>
    <message>
        <source>How many records go into one batch request. HubSpot accepts at most 100.</source>
        <translation>Nombre de fiches dans une requête de lot. HubSpot en accepte au plus 100.</translation>
    </message>
    <message>
        <source>Records per batch</source>
        <translation>Fiches par lot</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai d&apos;expiration&#xa0;:</translation>
    </message>
    <message>
        <source>How long to wait for HubSpot to answer one request before trying it again.</source>
        <translation>Durée d&apos;attente de la réponse de HubSpot à une requête avant de la renvoyer.</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai d&apos;expiration des requêtes, en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <extracomment>Unit after the number of seconds, with its leading space, e.g. &quot;60 s&quot;</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>These defaults apply to the runs you start from now on.</source>
        <translation>Ces valeurs par défaut s&apos;appliquent aux prochaines exécutions que vous lancerez.</translation>
    </message>
    <message>
        <source>&amp;Keep the values an upsert overwrites, so it can be reverted</source>
        <translation>&amp;Conserver les valeurs écrasées par une mise à jour, pour pouvoir l&apos;annuler</translation>
    </message>
    <message>
        <source>Before an upsert changes existing records, read their current values into the run&apos;s journal. Tools › Run History can then put them back.</source>
        <translation>Avant qu&apos;une opération Créer ou mettre à jour ne modifie des fiches existantes, enregistrer leurs valeurs actuelles dans le journal d&apos;exécution. Outils › Historique des exécutions pourra ensuite les remettre en place.</translation>
    </message>
    <message>
        <source>Keep the values an upsert overwrites</source>
        <translation>Conserver les valeurs écrasées par une mise à jour</translation>
    </message>
    <message>
        <source>The most batch requests on their way at the same time. Automatic keeps as many as HubSpot&apos;s rate limit allows at the current response time (up to 32); a number only sets an upper bound.</source>
        <translation>Le nombre maximal de requêtes de lot en cours en même temps. Automatique en garde autant que la limite de débit de HubSpot le permet au temps de réponse actuel (jusqu&apos;à 32) ; un nombre fixe seulement une limite supérieure.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>Batches in parallel: as many as the rate limit allows</comment>
        <translation>Automatique</translation>
    </message>
</context>
<context>
    <name>TokenManagerDialog</name>
    <message>
        <source>Token Manager</source>
        <translation>Gestionnaire de jetons</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profils</translation>
    </message>
    <message>
        <source>Token profiles</source>
        <translation>Profils de jeton</translation>
    </message>
    <message>
        <source>Add a new profile</source>
        <translation>Ajouter un nouveau profil</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Copy the selected profile, token included</source>
        <translation>Copier le profil sélectionné, jeton compris</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Remove the selected profile and its token</source>
        <translation>Supprimer le profil sélectionné et son jeton</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>p. ex. Production</translation>
    </message>
    <message>
        <source>Problem with the name</source>
        <translation>Problème avec le nom</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Problem with the base URL</source>
        <translation>Problème avec l&apos;URL de base</translation>
    </message>
    <message>
        <source>&amp;API version:</source>
        <translation>&amp;Version de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Use this profile when the app starts</source>
        <translation>Utiliser ce profil au démarrage de l&apos;application</translation>
    </message>
    <message>
        <source>Set as &amp;default</source>
        <translation>Définir par &amp;défaut</translation>
    </message>
    <message>
        <source>Ask the portal who it is, with this base URL and token</source>
        <translation>Demander au portail son identité, avec cette URL de base et ce jeton</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Résultat du test de connexion</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Emplacement de stockage des jetons</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Tokens are kept in your system keychain (%1).</source>
        <extracomment>%1 is the keychain&apos;s name, e.g. &quot;Secret Service&quot;, &quot;macOS Keychain&quot;, &quot;Windows Credential Manager&quot;</extracomment>
        <translation>Les jetons sont conservés dans le trousseau de votre système (%1).</translation>
    </message>
    <message>
        <source>No system keychain answered, so tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Aucun trousseau système n&apos;a répondu&#xa0;: les jetons sont donc conservés dans le fichier de paramètres %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>Tokens are kept in the settings file %1, readable only by you.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Les jetons sont conservés dans le fichier de paramètres %1, lisible par vous seul.</translation>
    </message>
    <message>
        <source>The settings file %1 could not be made readable only by you, so tokens are not written to it: they are kept in memory until Batchsmith quits.</source>
        <extracomment>%1 is a file path, e.g. /home/ana/.config/Batchsmith/Batchsmith.conf</extracomment>
        <translation>Le fichier de paramètres %1 n&apos;a pas pu être rendu lisible par vous seul, donc les jetons n&apos;y sont pas écrits&#xa0;: ils sont gardés en mémoire jusqu&apos;à la fermeture de Batchsmith.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Build and send batches of HubSpot CRM records.</source>
        <translation>Créez et envoyez des lots de fiches du CRM HubSpot.</translation>
    </message>
    <message>
        <source>A draft (.batchsmith) to open.</source>
        <extracomment>Help of the command line: the optional draft file to open</extracomment>
        <translation>Un brouillon (.batchsmith) à ouvrir.</translation>
    </message>
</context>
</TS>
