<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>You are working on the built-in sandbox, a local imitation of HubSpot&apos;s CRM API at %1. Nothing you send here reaches a real HubSpot account, and no token or network connection is needed.</source>
        <extracomment>%1 is a URL such as http://127.0.0.1:53211</extracomment>
        <translation>Vous travaillez dans le bac à sable intégré, une imitation locale de l&apos;API CRM de HubSpot à l&apos;adresse %1. Rien de ce que vous envoyez ici n&apos;atteint un vrai compte HubSpot, et aucun jeton d&apos;accès ni connexion réseau n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Sandbox ready</source>
        <translation>Bac à sable prêt</translation>
    </message>
    <message>
        <source>Requests go to the HubSpot account of this profile.</source>
        <translation>Les requêtes sont envoyées au compte HubSpot de ce profil.</translation>
    </message>
    <message>
        <source>About Batchsmith</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>À propos de Batchsmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Crée et envoie des lots d&apos;enregistrements du CRM HubSpot.&lt;/p&gt;&lt;p&gt;Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Batchsmith</source>
        <translation>Batchsmith</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil :</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Profil actif</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>Envoie à :</translation>
    </message>
    <message>
        <source>Address requests are sent to</source>
        <translation>Adresse à laquelle les requêtes sont envoyées</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Version de l&apos;API :</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Version de l&apos;API</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
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
</context>
</TS>
