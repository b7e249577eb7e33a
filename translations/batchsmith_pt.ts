<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Batchsmith::MainWindow</name>
    <message>
        <source>You are working on the built-in sandbox, a local imitation of HubSpot&apos;s CRM API at %1. Nothing you send here reaches a real HubSpot account, and no token or network connection is needed.</source>
        <extracomment>%1 is a URL such as http://127.0.0.1:53211</extracomment>
        <translation>Você está trabalhando no sandbox integrado, uma imitação local da API do CRM da HubSpot em %1. Nada do que você enviar aqui chega a uma conta real da HubSpot, e nenhum token de acesso ou conexão de rede é necessário.</translation>
    </message>
    <message>
        <source>Sandbox ready</source>
        <translation>Sandbox pronto</translation>
    </message>
    <message>
        <source>Requests go to the HubSpot account of this profile.</source>
        <translation>As solicitações vão para a conta da HubSpot deste perfil.</translation>
    </message>
    <message>
        <source>About Batchsmith</source>
        <extracomment>%1 is the version of Batchsmith, %2 the version of Qt it runs on</extracomment>
        <translation>Sobre o Batchsmith</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Builds and sends batches of HubSpot CRM records.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Batchsmith %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Cria e envia lotes de registros do CRM da HubSpot.&lt;/p&gt;&lt;p&gt;Licenciado sob a Licença Pública Geral GNU, versão 3 ou posterior.&lt;/p&gt;&lt;p&gt;Criado com Qt %2.&lt;/p&gt;</translation>
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
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Perfil:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Perfil ativo</translation>
    </message>
    <message>
        <source>Sends to:</source>
        <translation>Envia para:</translation>
    </message>
    <message>
        <source>Address requests are sent to</source>
        <translation>Endereço para onde as solicitações são enviadas</translation>
    </message>
    <message>
        <source>API version:</source>
        <translation>Versão da API:</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>Versão da API</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;About Batchsmith</source>
        <translation>&amp;Sobre o Batchsmith</translation>
    </message>
</context>
</TS>
