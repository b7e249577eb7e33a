<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>You are working on the built-in sandbox, a local imitation of HubSpot&apos;s CRM API at %1. Nothing you send here reaches a real HubSpot account, and no token or network connection is needed.</source>
        <extracomment>%1 is a URL such as http://127.0.0.1:53211</extracomment>
        <translation>組み込みのサンドボックス（%1 で動作する HubSpot CRM API のローカルな模倣）で作業しています。ここで送信したものが実際の HubSpot アカウントに届くことはなく、アクセストークンやネットワーク接続も不要です。</translation>
    </message>
    <message>
        <source>Sandbox ready</source>
        <translation>サンドボックスの準備ができました</translation>
    </message>
    <message>
        <source>Requests go to the HubSpot account of this profile.</source>
        <translation>リクエストはこのプロファイルの HubSpot アカウントに送信されます。</translation>
    </message>
    <message>
        <source>About Batchsmith</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>Batchsmith について</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;HubSpot CRM レコードのバッチを作成して送信します。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書 バージョン 3 以降のもとで提供されています。&lt;/p&gt;&lt;p&gt;Qt %2 でビルドされています。&lt;/p&gt;</translation>
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
        <translation>接続</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>プロファイル:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>使用中のプロファイル</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>送信先:</translation>
    </message>
    <message>
        <source>Address requests are sent to</source>
        <translation>リクエストの送信先アドレス</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>API バージョン:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API バージョン</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>お知らせ</translation>
    </message>
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
        <translation>Batchsmith について(&amp;A)</translation>
    </message>
</context>
</TS>
