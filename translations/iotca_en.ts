<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry &apos;%1&apos;.</source>
        <extracomment>%1 is the name of a keychain entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: a Secret Service such as gnome-keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaDetailsPane</name>
    <message>
        <source>Certificate authority details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate authority to see its certificate, registrations and devices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaListPane</name>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, subject or serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceAssociationPane</name>
    <message>
        <source>Device association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by serial, product or device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainWindow</name>
    <message>
        <source>IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IoT CA Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Private certificate authorities for IoT fleets: keys, CA and device certificates, and their registration with cloud IoT platforms.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IoT CA Desk on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private certificate authorities for IoT fleets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in &lt;folder&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
