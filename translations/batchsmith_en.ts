<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>You are working on the built-in sandbox, a local imitation of HubSpot&apos;s CRM API at %1. Nothing you send here reaches a real HubSpot account, and no token or network connection is needed.</source>
        <extracomment>%1 is a URL such as http://127.0.0.1:53211</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go to the HubSpot account of this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Batchsmith</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Batchsmith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address requests are sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
