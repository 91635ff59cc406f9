<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry '%1'.</source>
        <extracomment>%1 is the name of a keychain entry</extracomment>
        <translation>钥匙串中没有条目“%1”。</translation>
    </message>
    <message>
        <source>Access to the keychain was denied.</source>
        <translation>访问钥匙串被拒绝。</translation>
    </message>
    <message>
        <source>No keychain is available on this system (on Linux: a Secret Service such as gnome-keyring or KWallet).</source>
        <translation>此系统上没有可用的钥匙串（在 Linux 上需要 gnome-keyring 或 KWallet 等 Secret Service）。</translation>
    </message>
    <message>
        <source>The keychain reported an error for '%1'.</source>
        <translation>钥匙串在处理“%1”时报告了错误。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaDetailsPane</name>
    <message>
        <source>Certificate authority details</source>
        <translation>证书颁发机构详情</translation>
    </message>
    <message>
        <source>CA details</source>
        <translation>CA 详情</translation>
    </message>
    <message>
        <source>Select a certificate authority to see its certificate, registrations and devices.</source>
        <translation>选择一个证书颁发机构以查看其证书、注册信息和设备。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaListPane</name>
    <message>
        <source>Certificate authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>Filter certificate authorities</source>
        <translation>筛选证书颁发机构</translation>
    </message>
    <message>
        <source>Filter by name, subject or serial</source>
        <translation>按名称、主题或序列号筛选</translation>
    </message>
    <message>
        <source>Certificate authority list</source>
        <translation>证书颁发机构列表</translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceAssociationPane</name>
    <message>
        <source>Device association</source>
        <translation>设备关联</translation>
    </message>
    <message>
        <source>Filter device certificates</source>
        <translation>筛选设备证书</translation>
    </message>
    <message>
        <source>Filter by serial, product or device name</source>
        <translation>按序列号、产品或设备名称筛选</translation>
    </message>
    <message>
        <source>Device certificates</source>
        <translation>设备证书</translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainWindow</name>
    <message>
        <source>IoT CA Desk</source>
        <translation>IoT CA 工作台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About IoT CA Desk</source>
        <translation>关于 IoT CA 工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About IoT CA Desk</source>
        <translation>关于 IoT CA 工作台</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IoT CA Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Private certificate authorities for IoT fleets: keys, CA and device certificates, and their registration with cloud IoT platforms.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IoT CA 工作台 %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;为物联网设备群管理私有证书颁发机构：密钥、CA 证书与设备证书，以及它们在云物联网平台上的注册。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>IoT CA Desk on the command line.</source>
        <translation>IoT CA 工作台命令行。</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>IoT CA Desk</source>
        <translation>IoT CA 工作台</translation>
    </message>
    <message>
        <source>Private certificate authorities for IoT fleets.</source>
        <translation>为物联网设备群管理私有证书颁发机构。</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;folder&gt;.</source>
        <translation>打开 &lt;folder&gt; 中的工作区。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
</context>
</TS>