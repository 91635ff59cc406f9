<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountCommands</name>
    <message>
        <source>The secret file &apos;%1&apos; is empty.</source>
        <translation>密钥文件“%1”为空。</translation>
    </message>
    <message>
        <source>Adds, lists, tests and removes cloud platform accounts (credentials in the keychain).</source>
        <translation>添加、列出、测试和移除云平台账号（凭据保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>Adds a platform account; its credentials go to the system keychain.</source>
        <translation>添加平台账号；其凭据保存到系统钥匙串中。</translation>
    </message>
    <message>
        <source>Lists the platform accounts of the workspace (never their credentials).</source>
        <translation>列出工作区的平台账号（绝不显示其凭据）。</translation>
    </message>
    <message>
        <source>Removes a platform account and its credentials.</source>
        <translation>移除平台账号及其凭据。</translation>
    </message>
    <message>
        <source>Checks an account&apos;s credentials with a read-only request.</source>
        <translation>通过只读请求检查账号的凭据。</translation>
    </message>
    <message>
        <source>The platform: %1.</source>
        <translation>平台：%1。</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>The region id (cn-hangzhou, ap-guangzhou, us-east-1, ...).</source>
        <translation>地域 ID（cn-hangzhou、ap-guangzhou、us-east-1 等）。</translation>
    </message>
    <message>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>The instance id (required for ApsaraMQ for MQTT; the IoT Platform instance for alibaba-iot).</source>
        <translation>实例 ID（云消息队列 MQTT 版必填；对于 alibaba-iot 为物联网平台实例）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The product key (Alibaba) or product ID (Tencent) the account works with.</source>
        <translation>该账号所使用的产品密钥 ProductKey（阿里云）或产品 ID（腾讯云）。</translation>
    </message>
    <message>
        <source>Talks to &lt;url&gt; instead of the platform&apos;s public host (a private endpoint, the local emulator).</source>
        <translation>与 &lt;URL&gt; 通信，而不是平台的公共主机（用于私有端点或本地模拟器）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Also trusts the PEM certificates in &lt;file&gt;, for this account&apos;s endpoint only.</source>
        <translation>同时信任 &lt;文件&gt; 中的 PEM 证书（仅用于此账号的端点）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The AccessKey ID (Alibaba), SecretId (Tencent) or access key id (AWS).</source>
        <translation>AccessKey ID（阿里云）、SecretId（腾讯云）或访问密钥 ID（AWS）。</translation>
    </message>
    <message>
        <source>Reads the matching secret from &lt;file&gt; (its content, without the trailing line break).</source>
        <translation>从 &lt;文件&gt; 读取对应的密钥（文件内容，不含末尾的换行符）。</translation>
    </message>
    <message>
        <source>The account&apos;s name in the workspace.</source>
        <translation>账号在工作区中的名称。</translation>
    </message>
    <message>
        <source>Adds a cloud platform account. The AccessKey ID and its secret are stored in the system keychain; the workspace keeps only the name of the keychain entry.</source>
        <translation>添加云平台账号。AccessKey ID 及其密钥存储在系统钥匙串中；工作区只保存钥匙串条目的名称。</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of platforms</extracomment>
        <translation>未知平台“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Added the platform account &apos;%1&apos; (%2, %3); its credentials are in the system keychain.</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;AWS IoT Core&quot;, %3 a region</extracomment>
        <translation>已添加平台账号“%1”（%2，%3）；其凭据保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Lists the platform accounts of the workspace: platform, region, endpoint and registered CAs. Credentials are never shown.</source>
        <translation>列出工作区的平台账号：平台、地域、端点和已注册的 CA。绝不显示凭据。</translation>
    </message>
    <message>
        <source>(public endpoint)</source>
        <extracomment>Shown instead of an endpoint URL when the account uses the platform&apos;s public host</extracomment>
        <translation>（公共端点）</translation>
    </message>
    <message>
        <source>instance %1</source>
        <extracomment>%1 is an instance id</extracomment>
        <translation>实例 %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <extracomment>%1 is a product key or id</extracomment>
        <translation>产品 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n registered CA(s)</source>
        <extracomment>%n is the number of CAs registered with the account</extracomment>
        <translation>
            <numerusform>%n 个已注册 CA</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>账号名称。</translation>
    </message>
    <message>
        <source>Removes a platform account from the workspace and its credentials from the keychain. Nothing changes on the platform. When CAs are registered with it, asks first on a terminal (without one, needs --yes).</source>
        <translation>从工作区移除平台账号，并从钥匙串中移除其凭据。平台上不会有任何更改。如果有 CA 在该账号上注册，会先在终端上询问（没有终端时需要 --yes）。</translation>
    </message>
    <message numerus="yes">
        <source>The platform account &apos;%1&apos; has %n registered CA(s); the workspace forgets those registrations (the platform keeps them). Remove the account?</source>
        <extracomment>%1 is an account name, %n the number of CAs registered with it</extracomment>
        <translation>
            <numerusform>平台账号“%1”有 %n 个已注册 CA；工作区将不再记录这些注册（平台上仍保留）。要移除该账号吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; was not removed.</source>
        <translation>未移除平台账号“%1”。</translation>
    </message>
    <message>
        <source>Refusing to remove the platform account &apos;%1&apos; with registered CAs without confirmation; pass --yes.</source>
        <translation>平台账号“%1”有已注册的 CA，未经确认，拒绝移除；请传入 --yes。</translation>
    </message>
    <message>
        <source>Removed the platform account &apos;%1&apos; and its credentials.</source>
        <translation>已移除平台账号“%1”及其凭据。</translation>
    </message>
    <message>
        <source>Checks the account&apos;s endpoint and credentials with a read-only request (it lists the account&apos;s CAs). Prints OK, or the platform&apos;s error and exits 1.</source>
        <translation>通过只读请求（列出该账号的 CA）检查账号的端点和凭据。成功时输出 OK，否则输出平台返回的错误并以退出码 1 退出。</translation>
    </message>
    <message numerus="yes">
        <source>OK: the platform account &apos;%1&apos; answered; it has %n CA certificate(s).</source>
        <extracomment>%1 is an account name, %n the number of CA certificates the platform listed</extracomment>
        <translation>
            <numerusform>OK：平台账号“%1”已响应；该账号有 %n 个 CA 证书。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AliyunAssociationFiles</name>
    <message>
        <source>Association row %1 has no ProductKey.</source>
        <extracomment>%1 is a row number</extracomment>
        <translation>关联第 %1 行缺少 ProductKey。</translation>
    </message>
    <message>
        <source>Association row %1: the DeviceName &apos;%2&apos; is not 4 to 32 letters, digits or - _ @ . :</source>
        <extracomment>%1 is a row number, %2 a device name</extracomment>
        <translation>关联第 %1 行：DeviceName“%2”不是 4 到 32 个字母、数字或 - _ @ . :</translation>
    </message>
    <message>
        <source>Association row %1: &apos;%2&apos; is not a hexadecimal certificate serial number.</source>
        <extracomment>%1 is a row number, %2 the text given as serial number</extracomment>
        <translation>关联第 %1 行：“%2”不是十六进制的证书序列号。</translation>
    </message>
    <message>
        <source>Association row %1 repeats the device &apos;%2&apos; or the serial number %3.</source>
        <extracomment>%1 is a row number, %2 a device name, %3 a serial number</extracomment>
        <translation>关联第 %1 行重复了设备“%2”或序列号 %3。</translation>
    </message>
</context>
<context>
    <name>AssociationCsvExport</name>
    <message>
        <source>Could not read the device certificates from the workspace.</source>
        <translation>无法从工作区读取设备证书。</translation>
    </message>
    <message>
        <source>The CA has no device certificates recorded in the workspace; there is nothing to export.</source>
        <translation>该 CA 在工作区中没有记录任何设备证书，没有可导出的内容。</translation>
    </message>
    <message>
        <source>The CA has no device certificates recorded for the product &apos;%1&apos;; there is nothing to export.</source>
        <translation>该 CA 没有为产品“%1”记录任何设备证书，没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>The CA&apos;s devices belong to %n products (%1); an association CSV names one product, so choose one.</source>
        <extracomment>%1 is a list of product keys, %n how many there are</extracomment>
        <translation>
            <numerusform>该 CA 的设备属于 %n 个产品（%1）；一个关联 CSV 只能对应一个产品，请选择其中一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the association CSV &apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>无法写入关联 CSV“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AssociationCsvSplitter</name>
    <message>
        <source>The file has %1 rows, which would make more than %2 files; split it into smaller files first.</source>
        <extracomment>%1 is a number of rows, %2 of files</extracomment>
        <translation>该文件有 %1 行，拆分后会超过 %2 个文件；请先将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; changed while it was being split; nothing was written.</source>
        <translation>文件“%1”在拆分过程中发生了更改；未写入任何内容。</translation>
    </message>
    <message>
        <source>Parts already written: %1. %2</source>
        <extracomment>%1 is the number of files already written, %2 the reason the next one failed</extracomment>
        <translation>已写入的部分：%1。%2</translation>
    </message>
</context>
<context>
    <name>AssociationCsvValidator</name>
    <message>
        <source>the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</source>
        <translation>该文件是 UTF-16 文本，而不是 UTF-8；请将其另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重试</translation>
    </message>
    <message>
        <source>binary data: this is not a CSV text file</source>
        <translation>二进制数据：这不是 CSV 文本文件</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: this line has bytes that are not valid UTF-8; save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</source>
        <translation>该文件不是 UTF-8 文本：此行包含无效的 UTF-8 字节；请将文件另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重试</translation>
    </message>
    <message>
        <source>the column %1 appears twice in the header (columns %2 and %3)</source>
        <extracomment>%1 is a column name, %2 and %3 are column positions (1, 2, 3...)</extracomment>
        <translation>列 %1 在标题行中出现了两次（第 %2 列和第 %3 列）</translation>
    </message>
    <message>
        <source>the first line must name the columns ProductKey, DeviceName and CertSN; it reads &apos;%1&apos;</source>
        <translation>第一行必须列出 ProductKey、DeviceName 和 CertSN 列名；当前内容为“%1”</translation>
    </message>
    <message>
        <source>the header has a column without a name; the columns are ProductKey, DeviceName and CertSN</source>
        <translation>标题行中有一列没有名称；各列应为 ProductKey、DeviceName 和 CertSN</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in the header; the columns are ProductKey, DeviceName and CertSN</source>
        <translation>标题行中有未知列“%1”；各列应为 ProductKey、DeviceName 和 CertSN</translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation>标题行中没有 %1 列</translation>
    </message>
    <message>
        <source>the ProductKey is empty</source>
        <translation>ProductKey 为空</translation>
    </message>
    <message>
        <source>the ProductKey &apos;%1&apos; has spaces around it</source>
        <translation>ProductKey“%1”前后有空格</translation>
    </message>
    <message>
        <source>ProductKey &apos;%1&apos; differs from &apos;%2&apos; on line %3 (one product per file)</source>
        <translation>ProductKey“%1”与第 %3 行的“%2”不同（每个文件只能包含一个产品）</translation>
    </message>
    <message>
        <source>the DeviceName is empty</source>
        <translation>DeviceName 为空</translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; contains &apos;%2&apos;; only letters, digits and - _ @ . : are allowed</source>
        <extracomment>%2 is the first character that is not allowed</extracomment>
        <translation>DeviceName“%1”包含“%2”；只允许使用字母、数字以及 - _ @ . :</translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; must have %2 to %3 characters, not %4</source>
        <translation>DeviceName“%1”的长度必须为 %2 到 %3 个字符，而不是 %4 个</translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; is already listed on line %2</source>
        <translation>DeviceName“%1”已在第 %2 行列出</translation>
    </message>
    <message>
        <source>no device certificate with serial number %1 was issued by the CA &apos;%2&apos;</source>
        <translation>CA“%2”未颁发序列号为 %1 的设备证书</translation>
    </message>
    <message>
        <source>the certificate %1 was issued for the product &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>证书 %1 是为产品“%2”颁发的，而不是“%3”</translation>
    </message>
    <message>
        <source>the certificate %1 was issued for the device &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation>证书 %1 是为设备“%2”颁发的，而不是“%3”</translation>
    </message>
    <message>
        <source>a quoted field is not closed, so the rest of the file reads as part of it</source>
        <translation>有一个带引号的字段未闭合，因此文件的其余部分都被当作该字段的内容</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; quote the whole field and double the quotes inside it</source>
        <translation>字段的结束引号后还有文本；请用引号括起整个字段，并将字段内的引号写成两个</translation>
    </message>
    <message>
        <source>a field has a quote inside but does not start with one; quote the whole field and double the quotes inside it</source>
        <translation>字段内含引号，但不是以引号开头；请用引号括起整个字段，并将字段内的引号写成两个</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <extracomment>%1 is the number of fields found on the line, %2 the number the header has</extracomment>
        <translation>有 %1 个字段，应为 %2 个</translation>
    </message>
    <message>
        <source>CertSN &apos;%1&apos; (%2) is already listed on line %3</source>
        <extracomment>%1 is the serial number as written in the file, %2 the same number normalised</extracomment>
        <translation>CertSN“%1”（%2）已在第 %3 行列出</translation>
    </message>
    <message>
        <source>%1; &apos;%2&apos; is on %3 rows in all</source>
        <extracomment>Appended to &quot;ProductKey &apos;X&apos; differs from &apos;Y&apos; on line 2 (one product per file)&quot;</extracomment>
        <translation>%1；“%2”共出现在 %3 行中</translation>
    </message>
    <message>
        <source>the file has no data rows; it needs 1 to %1</source>
        <translation>该文件没有数据行；需要 1 到 %1 行</translation>
    </message>
    <message>
        <source>the file has %1 data rows; the platform accepts at most %2 per file</source>
        <translation>该文件有 %1 个数据行；平台每个文件最多接受 %2 行</translation>
    </message>
    <message>
        <source>Checking the CSV file was canceled.</source>
        <translation>已取消检查 CSV 文件。</translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns ProductKey, DeviceName and CertSN</source>
        <translation>该文件为空；其第一行必须列出 ProductKey、DeviceName 和 CertSN 列名</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; begins with &apos;%3&apos;: a spreadsheet that opens this file may run it as a formula</source>
        <extracomment>%1 is a column name (ProductKey, DeviceName), %2 the cell, %3 its first character</extracomment>
        <translation>%1“%2”以“%3”开头：用电子表格打开此文件时可能会将其作为公式执行</translation>
    </message>
</context>
<context>
    <name>AssociationCsvWriter</name>
    <message>
        <source>The CSV file &apos;%1&apos; could not be written.</source>
        <translation>无法写入 CSV 文件“%1”。</translation>
    </message>
    <message>
        <source>The CSV file &apos;%1&apos; is not open for writing.</source>
        <translation>CSV 文件“%1”未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Shows and verifies the workspace&apos;s audit log.</source>
        <translation>显示并验证工作区的审计日志。</translation>
    </message>
    <message>
        <source>Lists the audit log, oldest entry first.</source>
        <translation>列出审计日志，最早的条目在前。</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or cut off.</source>
        <translation>检查是否有条目被更改、删除或截断。</translation>
    </message>
    <message>
        <source>Shows only entries after entry &lt;id&gt;.</source>
        <translation>仅显示条目 &lt;编号&gt; 之后的条目。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>The option --after needs an entry id, not &apos;%1&apos;.</source>
        <translation>选项 --after 需要一个条目编号，而不是“%1”。</translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain. Exit code 0 when it is intact, 1 when an entry was changed, removed or cut off.</source>
        <translation>检查审计日志的哈希链。完好时退出码为 0；有条目被更改、删除或截断时退出码为 1。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <extracomment>%n is the number of entries</extracomment>
        <translation>
            <numerusform>审计日志完好（已检查 %n 个条目）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is damaged: %1</source>
        <translation>审计日志已损坏：%1</translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Key in the workspace</source>
        <translation>密钥在工作区中</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>First serial</source>
        <translation>首个序列号</translation>
    </message>
    <message>
        <source>Last serial</source>
        <translation>最后序列号</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>Device certificates deleted</source>
        <translation>已删除的设备证书</translation>
    </message>
    <message>
        <source>Registrations deleted</source>
        <translation>已删除的注册</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>CA no. %1</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation>CA 编号 %1</translation>
    </message>
    <message>
        <source>CA “%1”</source>
        <translation>CA“%1”</translation>
    </message>
    <message>
        <source>Platform account no. %1</source>
        <extracomment>%1 is the name of a platform account</extracomment>
        <translation>平台账号编号 %1</translation>
    </message>
    <message>
        <source>Platform account “%1”</source>
        <translation>平台账号“%1”</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>编号 %1</translation>
    </message>
    <message>
        <source>CA “%1” with account “%2”</source>
        <extracomment>%1 is the name of a certificate authority, %2 of a platform account</extracomment>
        <translation>CA“%1”（账号“%2”）</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>工作区 %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 is a list, %2 how many more items there are</extracomment>
        <translation>%1 等另外 %2 项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One item of an audit entry&apos;s summary: %1 a label such as &quot;Serial&quot;, %2 its value</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>吊销时间</translation>
    </message>
    <message>
        <source>Made for</source>
        <translation>用途</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write the audit log entry for &apos;%1&apos;.</source>
        <translation>无法写入“%1”的审计日志条目。</translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation>无法读取审计日志。</translation>
    </message>
    <message>
        <source>Audit log entry %1 is missing.</source>
        <extracomment>%1 and %2 are audit log entry numbers</extracomment>
        <translation>审计日志条目 %1 缺失。</translation>
    </message>
    <message>
        <source>Audit log entries %1 to %2 are missing.</source>
        <translation>审计日志条目 %1 到 %2 缺失。</translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed after it was written.</source>
        <translation>审计日志条目 %1 在写入后被更改。</translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but entries up to %2 were written.</source>
        <extracomment>%1 and %2 are audit log entry numbers</extracomment>
        <translation>审计日志止于条目 %1，但已写入的条目直到 %2。</translation>
    </message>
    <message>
        <source>The audit log&apos;s recorded end does not match its last entry %1.</source>
        <translation>审计日志记录的结尾与其最后一个条目 %1 不匹配。</translation>
    </message>
</context>
<context>
    <name>AuditLogExport</name>
    <message>
        <source>Cannot write the file &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>无法写入文件“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the audit log to &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>无法将审计日志写入“%1”。</translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot flush the files in &apos;%1&apos; to disk: %2.</source>
        <extracomment>%1 is a folder, %2 the system&apos;s reason</extracomment>
        <translation>无法将“%1”中的文件刷新到磁盘：%2。</translation>
    </message>
</context>
<context>
    <name>BlockingPlatformConnection</name>
    <message>
        <source>Cancelling the request; nothing is recorded for it.</source>
        <extracomment>Printed when the user presses Ctrl-C while the CLI waits for a platform</extracomment>
        <translation>正在取消请求；不会为其记录任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation>%1（%2 / %3）</translation>
    </message>
    <message>
        <source>hint: %1</source>
        <extracomment>A line after an error message; %1 says what to do, e.g. &quot;pass --remote-name NAME …&quot;</extracomment>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>error code: %1</source>
        <extracomment>Last line of a failed platform operation; %1 is the platform&apos;s or our error code</extracomment>
        <translation>错误码：%1</translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>Carries a CA from an air-gapped machine to an online one: a signed transfer bundle.</source>
        <translation>将 CA 从物理隔离的机器带到联网的机器：一个签名的传输包。</translation>
    </message>
    <message>
        <source>Writes a CA&apos;s transfer bundle (certificates, verification certificates, CSVs, signed manifest).</source>
        <translation>写入 CA 的传输包（证书、验证证书、CSV、签名的清单）。</translation>
    </message>
    <message>
        <source>Checks a transfer bundle and records its CA (key held offline) and pending registrations.</source>
        <translation>检查传输包并记录其 CA（密钥离线保管）和待注册项。</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The bundle folder: new or empty.</source>
        <translation>传输包文件夹：新建的或空的。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>A platform&apos;s registration code: a verification certificate is made for it with the CA key (repeatable; each with its --platform).</source>
        <translation>平台的注册码：用 CA 密钥为它生成验证证书（可重复；每个配一个 --platform）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>A verification certificate made before (e.g. by `ca verification-cert`); its Common Name is the code (repeatable; each with its --platform).</source>
        <translation>事先生成的验证证书（例如用 `ca verification-cert`）；其通用名称即注册码（可重复；每个配一个 --platform）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The platform of each --registration-code, then of each --verification-cert, in order: aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot.</source>
        <translation>依次为每个 --registration-code、再为每个 --verification-cert 指定平台：aws-iot、tencent-iothub、apsaramq-mqtt、alibaba-iot。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>An association CSV to carry along (repeatable).</source>
        <translation>一并携带的关联 CSV（可重复）。</translation>
    </message>
    <message>
        <source>The ceremony record to carry along.</source>
        <translation>一并携带的仪式记录。</translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation>从 &lt;文件&gt; 的第一行读取 CA 的口令。</translation>
    </message>
    <message>
        <source>Writes the transfer bundle of a CA into a new folder, all or nothing: ca.pem, chain.pem (for an intermediate), verification certificates, association CSVs, the ceremony record, manifest.json with the SHA-256 of each file and manifest.json.sig, the manifest signed with the CA key. A file holding a private key is refused.</source>
        <translation>将 CA 的传输包写入一个新文件夹，要么全部写入，要么什么都不写：ca.pem、chain.pem（中间 CA 才有）、验证证书、关联 CSV、仪式记录、记有每个文件 SHA-256 的 manifest.json，以及 manifest.json.sig（用 CA 密钥对清单的签名）。含有私钥的文件会被拒绝。</translation>
    </message>
    <message>
        <source>Give one --platform for each --registration-code and each --verification-cert, in that order.</source>
        <translation>请按顺序为每个 --registration-code 和每个 --verification-cert 各给出一个 --platform。</translation>
    </message>
    <message>
        <source>The issuers of the CA &apos;%1&apos; up to its root are not all in this workspace; the bundle carries the whole chain.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”直到根 CA 的各级签发者并不都在此工作区中；传输包需要携带完整的证书链。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the transfer bundle of the CA &apos;%1&apos; to &apos;%2&apos; (%n file(s) and the signed manifest).</source>
        <extracomment>%1 is a CA name, %2 a folder, %n the number of files</extracomment>
        <translation>
            <numerusform>已将 CA“%1”的传输包写入“%2”（%n 个文件及签名的清单）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation>CA 证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>The CA&apos;s name in this workspace (default: its name in the bundle).</source>
        <translation>CA 在此工作区中的名称（默认：其在传输包中的名称）。</translation>
    </message>
    <message>
        <source>The bundle folder.</source>
        <translation>传输包文件夹。</translation>
    </message>
    <message>
        <source>Checks every file of a transfer bundle against the signed manifest and the CA certificate, then records the CA (certificate only, key held offline) and its verification certificates as pending registrations; `ca register` uploads them. Importing the same bundle again changes nothing.</source>
        <translation>按签名的清单和 CA 证书检查传输包中的每个文件，然后记录 CA（仅证书，密钥离线保管），并将其验证证书记录为待注册项；由 `ca register` 上传。再次导入同一个传输包不会做任何更改。</translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1 (compare it with the ceremony record)</source>
        <extracomment>%1 is a SHA-256 fingerprint; compare it with the ceremony record</extracomment>
        <translation>CA 证书 SHA-256：%1（请与仪式记录核对）</translation>
    </message>
    <message>
        <source>The bundle was imported before: the CA &apos;%1&apos; and its pending registrations are already recorded; nothing changed.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>此传输包之前已导入：CA“%1”及其待注册项均已记录；没有任何更改。</translation>
    </message>
    <message>
        <source>Recorded the CA &apos;%1&apos; (certificate only; its key is held offline).</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>已记录 CA“%1”（仅证书；其密钥离线保管）。</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n pending registration(s) of the CA &apos;%1&apos;; upload with `iotca ca register --account ACCOUNT &apos;%1&apos;`.</source>
        <extracomment>%n pending registrations; %1 is a CA name</extracomment>
        <translation>
            <numerusform>已记录 CA“%1”的 %n 个待注册项；请用 `iotca ca register --account ACCOUNT &apos;%1&apos;` 上传。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <translation>从 &lt;文件&gt; 的第一行读取 CA 的口令（否则从钥匙串读取，再否则在终端上提示输入）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Remembers the passphrase in the system keychain.</source>
        <translation>在系统钥匙串中记住口令。</translation>
    </message>
    <message>
        <source>Creates, imports, shows and exports certificate authorities.</source>
        <translation>创建、导入、显示和导出证书颁发机构。</translation>
    </message>
    <message>
        <source>Imports an existing CA certificate and its key.</source>
        <translation>导入现有的 CA 证书及其密钥。</translation>
    </message>
    <message>
        <source>Lists the CAs of the workspace.</source>
        <translation>列出工作区中的 CA。</translation>
    </message>
    <message>
        <source>Shows one CA.</source>
        <translation>显示一个 CA。</translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate to a file.</source>
        <translation>将 CA 的证书写入文件。</translation>
    </message>
    <message>
        <source>Makes the verification certificate for a platform&apos;s registration code.</source>
        <translation>为平台的注册码生成验证证书。</translation>
    </message>
    <message>
        <source>Remembers a CA&apos;s passphrase in the system keychain.</source>
        <translation>在系统钥匙串中记住 CA 的口令。</translation>
    </message>
    <message>
        <source>Removes a CA&apos;s passphrase from the system keychain.</source>
        <translation>从系统钥匙串中移除 CA 的口令。</translation>
    </message>
    <message>
        <source>The CA&apos;s name in the workspace.</source>
        <translation>CA 在工作区中的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The key type: %1.</source>
        <translation>密钥类型：%1。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The subject, e.g. &quot;CN=Fleet Root,O=Example,C=CN&quot;.</source>
        <translation>主题，例如 &quot;CN=Fleet Root,O=Example,C=CN&quot;。</translation>
    </message>
    <message>
        <source>dn</source>
        <translation>DN</translation>
    </message>
    <message>
        <source>Validity in days (default 3650).</source>
        <translation>有效期天数（默认 3650）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>basicConstraints pathLenConstraint (default: none).</source>
        <translation>basicConstraints 的 pathLenConstraint（默认：无）。</translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of key types</extracomment>
        <translation>未知的密钥类型“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Bad --subject: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>--subject 无效：%1</translation>
    </message>
    <message>
        <source>The option --path-length needs a whole number of 0 or more.</source>
        <translation>选项 --path-length 需要一个大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>The workspace already has a CA named &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>工作区中已有名为“%1”的 CA。</translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation>CA“%1”的新口令：</translation>
    </message>
    <message>
        <source>The CA certificate (PEM or DER).</source>
        <translation>CA 证书（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Writes DER instead of PEM.</source>
        <translation>写入 DER 而不是 PEM。</translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate (never its key) to a file.</source>
        <translation>将 CA 的证书（绝不包括其密钥）写入文件。</translation>
    </message>
    <message>
        <source>Wrote the certificate of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>已将 CA“%1”的证书写入“%2”。</translation>
    </message>
    <message>
        <source>The platform&apos;s registration code.</source>
        <translation>平台的注册码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>The certificate file to write (PEM).</source>
        <translation>要写入的证书文件（PEM）。</translation>
    </message>
    <message>
        <source>Also writes the verification certificate&apos;s own key (PEM, owner-only).</source>
        <translation>同时写入验证证书自身的密钥（PEM，仅所有者可访问）。</translation>
    </message>
    <message>
        <source>Validity in days (default 300).</source>
        <translation>有效期天数（默认 300）。</translation>
    </message>
    <message>
        <source>Makes the verification certificate that proves to a platform that you hold the CA&apos;s key: a new key, CN = the registration code, signed by the CA.</source>
        <translation>生成验证证书，向平台证明您持有 CA 的密钥：使用新密钥，CN 为注册码，由该 CA 签名。</translation>
    </message>
    <message>
        <source>Wrote the verification certificate to &apos;%1&apos; (serial %2).</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation>已将验证证书写入“%1”（序列号 %2）。</translation>
    </message>
    <message>
        <source>Also deletes the CA&apos;s device certificates and registrations.</source>
        <translation>同时删除该 CA 的设备证书和注册记录。</translation>
    </message>
    <message>
        <source>Delete the CA &apos;%1&apos; and its private key from the workspace? This cannot be undone.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>要从工作区删除 CA“%1”及其私钥吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not deleted.</source>
        <translation>未删除 CA“%1”。</translation>
    </message>
    <message>
        <source>Refusing to delete the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝删除 CA“%1”；请传入 --yes。</translation>
    </message>
    <message>
        <source>Deleted the CA &apos;%1&apos;.</source>
        <translation>已删除 CA“%1”。</translation>
    </message>
    <message>
        <source>Checks the CA&apos;s passphrase and remembers it in the system keychain, so later commands need not ask.</source>
        <translation>检查 CA 的口令并将其记在系统钥匙串中，以后的命令就无需再询问。</translation>
    </message>
    <message>
        <source>Passphrase of the CA &apos;%1&apos;:</source>
        <translation>CA“%1”的口令：</translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is remembered in the keychain.</source>
        <translation>CA“%1”的口令已记在钥匙串中。</translation>
    </message>
    <message>
        <source>Removes the CA&apos;s passphrase from the system keychain.</source>
        <translation>从系统钥匙串中移除该 CA 的口令。</translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is no longer remembered.</source>
        <translation>不再记住 CA“%1”的口令。</translation>
    </message>
    <message>
        <source>Deletes a CA from the workspace, or with --account on the platform.</source>
        <translation>从工作区删除 CA；使用 --account 时改为在平台上删除。</translation>
    </message>
    <message>
        <source>Registers a CA with a platform account.</source>
        <translation>将 CA 注册到平台账号。</translation>
    </message>
    <message>
        <source>Activates a registered CA on its platform.</source>
        <translation>在平台上激活已注册的 CA。</translation>
    </message>
    <message>
        <source>Deactivates a registered CA and its device certificates.</source>
        <translation>停用已注册的 CA 及其设备证书。</translation>
    </message>
    <message>
        <source>Lists the CAs of a platform account as the platform reports them.</source>
        <translation>按平台报告的内容列出平台账号的 CA。</translation>
    </message>
    <message>
        <source>Updates the recorded registrations from the platforms.</source>
        <translation>根据平台更新已记录的注册信息。</translation>
    </message>
    <message>
        <source>Deletes the CA on this platform account instead (with its device certificates there); the workspace keeps the CA.</source>
        <translation>改为在此平台账号上删除该 CA（连同其在该平台上的设备证书）；工作区保留该 CA。</translation>
    </message>
    <message>
        <source>Deletes a CA and its stored key from the workspace, or with --account deletes it on that platform account. Asks first on a terminal; without one, needs --yes.</source>
        <translation>从工作区删除 CA 及其存储的密钥；使用 --account 时改为在该平台账号上删除。在终端上会先询问；没有终端时需要 --yes。</translation>
    </message>
    <message>
        <source>--cascade is for deleting from the workspace; it cannot go with --account.</source>
        <translation>--cascade 用于从工作区删除；不能与 --account 同时使用。</translation>
    </message>
    <message>
        <source>Lists the products a registered CA is bound to (Tencent).</source>
        <translation>列出已注册 CA 绑定的产品（腾讯云）。</translation>
    </message>
    <message>
        <source>Creates a CA: a new key and a self-signed root certificate, or with --issuer an intermediate.</source>
        <translation>创建 CA：新密钥和自签名根证书，或使用 --issuer 创建中间 CA。</translation>
    </message>
    <message>
        <source>Makes an intermediate CA signed by this CA of the workspace (default: a self-signed root).</source>
        <translation>创建由工作区中此 CA 签发的中间 CA（默认：自签名根 CA）。</translation>
    </message>
    <message>
        <source>Reads the issuing CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt).</source>
        <translation>从 &lt;file&gt; 的第一行读取签发 CA 的口令（否则使用钥匙串，否则在终端上提示）。</translation>
    </message>
    <message>
        <source>Creates a CA: a new key and a certificate, stored in the workspace with the key encrypted under a passphrase. Without --issuer a self-signed root; with it an intermediate whose validity ends no later than its issuer&apos;s.</source>
        <translation>创建 CA：新密钥和证书，存入工作区，密钥用口令加密。不带 --issuer 时为自签名根 CA；带 --issuer 时为中间 CA，其有效期不晚于签发者的有效期。</translation>
    </message>
    <message>
        <source>The validity was shortened to end on %1, when the issuing CA &apos;%2&apos; expires.</source>
        <extracomment>%1 is a date, %2 a CA name</extracomment>
        <translation>有效期已缩短至 %1 结束，即签发 CA“%2”到期之时。</translation>
    </message>
    <message>
        <source>The CA&apos;s private key (PEM or DER). Leave it out for a certificate signed for a key made here with &apos;ca create-csr&apos;.</source>
        <translation>CA 的私钥（PEM 或 DER）。如果证书是为此处用 &apos;ca create-csr&apos; 生成的密钥签发的，则省略此项。</translation>
    </message>
    <message>
        <source>The CA certificate and key in one PKCS#12 file (.p12/.pfx), instead of --cert and --key.</source>
        <translation>包含 CA 证书和私钥的 PKCS#12 文件（.p12/.pfx），代替 --cert 和 --key。</translation>
    </message>
    <message>
        <source>Opens an encrypted key file (or the PKCS#12 file) with the passphrase in &lt;file&gt;.</source>
        <translation>使用 &lt;file&gt; 中的口令打开加密的私钥文件（或 PKCS#12 文件）。</translation>
    </message>
    <message>
        <source>Imports an existing CA: its certificate and private key (or one PKCS#12 file). The key is stored encrypted under the passphrase of --passphrase-file (or one typed on the terminal).</source>
        <translation>导入现有 CA：其证书和私钥（或一个 PKCS#12 文件）。私钥以 --passphrase-file 的口令（或在终端输入的口令）加密存储。</translation>
    </message>
    <message>
        <source>Give either --p12 or --cert and --key, not both.</source>
        <translation>请指定 --p12，或指定 --cert 和 --key，不能同时指定。</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a file</extracomment>
        <translation>PKCS#12 文件“%1”的口令：</translation>
    </message>
    <message>
        <source>Lists the CAs of the workspace with their state: revoked, expired, expiring (within 30 days, or --expiring days) or valid.</source>
        <translation>列出工作区的 CA 及其状态：已吊销、已过期、即将过期（30 天内，或 --expiring 指定的天数内）或有效。</translation>
    </message>
    <message>
        <source>Writes the chain as one PEM bundle: the CA, then its issuers up to the root.</source>
        <translation>将证书链写成一个 PEM 文件：先是该 CA，然后是其各级签发者，直到根 CA。</translation>
    </message>
    <message>
        <source>A chain is written as PEM; --der cannot go with --chain.</source>
        <translation>证书链以 PEM 格式写入；--der 不能与 --chain 同时使用。</translation>
    </message>
    <message>
        <source>Records a registration done by hand in a platform console.</source>
        <translation>记录在平台控制台中手动完成的注册。</translation>
    </message>
</context>
<context>
    <name>CaCreator</name>
    <message>
        <source>A CA needs a name.</source>
        <translation>CA 需要一个名称。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”的私钥需要一个口令。</translation>
    </message>
    <message>
        <source>There is already a CA named &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中已有名为“%1”的 CA。</translation>
    </message>
</context>
<context>
    <name>CaExporter</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the file &apos;%1&apos;.</source>
        <translation>无法写入文件“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the certificate of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>无法将 CA“%1”的证书写入“%2”。</translation>
    </message>
</context>
<context>
    <name>CaHierarchyCommands</name>
    <message>
        <source>Reads %1 passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <extracomment>%1 says whose passphrase (&quot;the CA&apos;s&quot;, &quot;the issuing CA&apos;s&quot;)</extracomment>
        <translation>从 &lt;file&gt; 的第一行读取%1口令（否则使用钥匙串，否则在终端上提示）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The option --path-length needs a whole number of 0 or more.</source>
        <translation>选项 --path-length 需要一个大于或等于 0 的整数。</translation>
    </message>
    <message>
        <source>Makes a sub-CA key here and a certificate request for a root kept elsewhere.</source>
        <translation>在此处生成子 CA 密钥，并为保存在别处的根 CA 生成证书请求。</translation>
    </message>
    <message>
        <source>Signs a sub-CA&apos;s certificate request made elsewhere.</source>
        <translation>签发在别处生成的子 CA 证书请求。</translation>
    </message>
    <message>
        <source>Renews a CA certificate with the same key and subject.</source>
        <translation>用相同的密钥和主题续期 CA 证书。</translation>
    </message>
    <message>
        <source>Revokes an intermediate CA (its issuer&apos;s next CRL lists it).</source>
        <translation>吊销中间 CA（其签发者的下一份 CRL 会列出它）。</translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate revocation list.</source>
        <translation>写出 CA 的证书吊销列表。</translation>
    </message>
    <message>
        <source>The sub-CA&apos;s name in the workspace.</source>
        <translation>子 CA 在工作区中的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The key type: %1.</source>
        <translation>密钥类型：%1。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The subject, e.g. &quot;CN=Fleet Issuing CA&quot;.</source>
        <translation>主题，例如 &quot;CN=Fleet Issuing CA&quot;。</translation>
    </message>
    <message>
        <source>dn</source>
        <translation>dn</translation>
    </message>
    <message>
        <source>The certificate request file to write (PEM).</source>
        <translation>要写入的证书请求文件（PEM）。</translation>
    </message>
    <message>
        <source>the new sub-CA&apos;s</source>
        <translation>新子 CA 的</translation>
    </message>
    <message>
        <source>Makes a sub-CA key, stored here encrypted under a new passphrase, and its certificate request (PKCS#10) for a root kept elsewhere. Import the signed certificate with &apos;iotca ca import --cert FILE&apos; (no --key): it joins this key.</source>
        <translation>生成子 CA 密钥（用新口令加密后保存在此处）及其证书请求（PKCS#10），供保存在别处的根 CA 签发。用 &apos;iotca ca import --cert FILE&apos;（不带 --key）导入签发后的证书，它会与此密钥关联。</translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;; use one of %2.</source>
        <translation>未知的密钥类型“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>Bad --subject: %1</source>
        <translation>--subject 有误：%1</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; exists already; choose another --out.</source>
        <translation>文件“%1”已存在；请选择其他 --out。</translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <translation>CA“%1”的新口令：</translation>
    </message>
    <message>
        <source>Stored the key of the sub-CA &apos;%1&apos; and wrote its certificate request to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>已保存子 CA“%1”的密钥，并将其证书请求写入“%2”。</translation>
    </message>
    <message>
        <source>Cannot read the certificate file &apos;%1&apos;.</source>
        <translation>无法读取证书文件“%1”。</translation>
    </message>
    <message>
        <source>To import a CA with its key file, give --key.</source>
        <translation>若要连同密钥文件导入 CA，请提供 --key。</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>The sub-CA&apos;s certificate request (PEM or DER).</source>
        <translation>子 CA 的证书请求（PEM 或 DER）。</translation>
    </message>
    <message>
        <source>What to sign it as: sub-ca (the only one).</source>
        <translation>签发类型：sub-ca（唯一可选项）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The certificate file to write (PEM).</source>
        <translation>要写入的证书文件（PEM）。</translation>
    </message>
    <message>
        <source>The sub-CA&apos;s name in the workspace (default: its common name).</source>
        <translation>子 CA 在工作区中的名称（默认：其通用名称）。</translation>
    </message>
    <message>
        <source>Validity in days (default 1825).</source>
        <translation>有效期天数（默认 1825）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>basicConstraints pathLenConstraint (default 0: signs no further CA).</source>
        <translation>basicConstraints pathLenConstraint（默认 0：不能再签发 CA）。</translation>
    </message>
    <message>
        <source>Writes the issuers&apos; certificates after it.</source>
        <translation>在其后写入各级签发者的证书。</translation>
    </message>
    <message>
        <source>the issuing CA&apos;s</source>
        <translation>签发 CA 的</translation>
    </message>
    <message>
        <source>Signs a sub-CA&apos;s certificate request made elsewhere with a CA of the workspace. Shows what it signs and asks first on a terminal; without one, needs --yes. The new sub-CA is recorded in the workspace under its issuer (its key stays elsewhere).</source>
        <translation>用工作区中的 CA 签发在别处生成的子 CA 证书请求。先显示要签发的内容，并在终端上询问；没有终端时需要 --yes。新子 CA 会记录在工作区中其签发者之下（其密钥保存在别处）。</translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; &apos;ca sign-csr&apos; signs sub-CAs only (--profile sub-ca). Device requests are signed by &apos;device sign-csr&apos;.</source>
        <translation>未知的配置“%1”；&apos;ca sign-csr&apos; 只签发子 CA（--profile sub-ca）。设备证书请求请用 &apos;device sign-csr&apos; 签发。</translation>
    </message>
    <message>
        <source>Cannot read the certificate request &apos;%1&apos;.</source>
        <translation>无法读取证书请求“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable certificate request: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>“%1”不是可用的证书请求：%2</translation>
    </message>
    <message>
        <source>The request has no common name; give the sub-CA a --name.</source>
        <translation>该请求没有通用名称；请用 --name 为子 CA 命名。</translation>
    </message>
    <message>
        <source>Sub-CA request &apos;%1&apos;:</source>
        <translation>子 CA 请求“%1”：</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>密钥：%1</translation>
    </message>
    <message>
        <source>Alternative names (not copied): %1</source>
        <translation>备用名称（不会复制）：%1</translation>
    </message>
    <message numerus="yes">
        <source>Signed by &apos;%1&apos; as a CA, path length %2, for %n day(s).</source>
        <translation>
            <numerusform>由“%1”签发为 CA，路径长度 %2，有效期 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this request as a sub-CA of &apos;%1&apos;?</source>
        <translation>以“%1”的子 CA 身份签发此请求吗？</translation>
    </message>
    <message>
        <source>Refusing to sign a sub-CA without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝签发子 CA；请传入 --yes。</translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation>未签发任何内容。</translation>
    </message>
    <message>
        <source>Signed the sub-CA &apos;%1&apos; (serial %2) and wrote its certificate to &apos;%3&apos;.</source>
        <extracomment>%1 is a CA name, %2 a serial number, %3 a file</extracomment>
        <translation>已签发子 CA“%1”（序列号 %2），并将其证书写入“%3”。</translation>
    </message>
    <message>
        <source>Validity in days (default 3650).</source>
        <translation>有效期天数（默认 3650）。</translation>
    </message>
    <message>
        <source>the signing CA&apos;s (the CA&apos;s own for a root, its issuer&apos;s for an intermediate)</source>
        <translation>签名 CA 的（根 CA 用其自身的口令，中间 CA 用其签发者的口令）</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message>
        <source>Renews a CA certificate: the same key and subject, a new serial and validity, so the device certificates it issued keep verifying. A root signs itself; an intermediate is signed by its issuer in the workspace. Register it again on any platform that had the old certificate.</source>
        <translation>续期 CA 证书：相同的密钥和主题，新的序列号和有效期，因此它签发过的设备证书仍可验证。根 CA 自签名；中间 CA 由工作区中的签发者签名。在登记过旧证书的平台上需要重新登记。</translation>
    </message>
    <message>
        <source>Renewed the CA &apos;%1&apos;: serial %2 replaces %3.</source>
        <extracomment>%1 is a CA name, %2 and %3 serial numbers</extracomment>
        <translation>已续期 CA“%1”：序列号 %2 取代 %3。</translation>
    </message>
    <message>
        <source>The RFC 5280 reason: %1 (default unspecified).</source>
        <translation>RFC 5280 吊销原因：%1（默认 unspecified）。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The intermediate CA&apos;s name.</source>
        <translation>中间 CA 的名称。</translation>
    </message>
    <message>
        <source>Revokes an intermediate CA: its issuer (a CA of the workspace) lists it in its next CRL (&apos;iotca ca crl --ca ISSUER&apos;). Asks first on a terminal; without one, needs --yes.</source>
        <translation>吊销中间 CA：其签发者（工作区中的 CA）会在下一份 CRL 中列出它（&apos;iotca ca crl --ca ISSUER&apos;）。会先在终端上询问；没有终端时需要 --yes。</translation>
    </message>
    <message>
        <source>Unknown reason &apos;%1&apos;; use one of %2.</source>
        <translation>未知的原因“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no issuer in this workspace, so it cannot be revoked here (a root is retired by removing it from trust stores).</source>
        <translation>CA“%1”在此工作区中没有签发者，因此不能在此吊销（根 CA 的停用方式是将其从信任库中移除）。</translation>
    </message>
    <message>
        <source>Revoke the CA &apos;%1&apos;? Every certificate under it stops verifying. This cannot be undone.</source>
        <translation>吊销 CA“%1”吗？其下的所有证书都将无法通过验证。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Refusing to revoke the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝吊销 CA“%1”；请传入 --yes。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not revoked.</source>
        <translation>CA“%1”未被吊销。</translation>
    </message>
    <message>
        <source>Revoked the CA &apos;%1&apos;; publish a new CRL of &apos;%2&apos; (iotca ca crl --ca &quot;%2&quot;).</source>
        <extracomment>%1 is a CA name, %2 its issuer&apos;s name</extracomment>
        <translation>已吊销 CA“%1”；请发布“%2”的新 CRL（iotca ca crl --ca &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>The CRL file to write.</source>
        <translation>要写入的 CRL 文件。</translation>
    </message>
    <message>
        <source>Days until nextUpdate (default 30).</source>
        <translation>距 nextUpdate 的天数（默认 30）。</translation>
    </message>
    <message>
        <source>Writes DER instead of PEM.</source>
        <translation>写入 DER 而不是 PEM。</translation>
    </message>
    <message>
        <source>the CA&apos;s</source>
        <translation>CA 的</translation>
    </message>
    <message>
        <source>Writes the CA&apos;s certificate revocation list (X.509 v2: CRL number, authority key identifier, nextUpdate, reason codes) listing every certificate it revoked, signed with its key.</source>
        <translation>写出 CA 的证书吊销列表（X.509 v2：CRL 编号、授权密钥标识符、nextUpdate、吊销原因代码），列出它吊销的所有证书，并用其密钥签名。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote CRL number %1 of the CA &apos;%2&apos; listing %n revoked certificate(s) to &apos;%3&apos; (next update %4).</source>
        <extracomment>%1 is a number, %2 a CA name, %n the number of revoked certificates, %3 a file, %4 a date</extracomment>
        <translation>
            <numerusform>已将 CA“%2”的第 %1 号 CRL（列出 %n 个已吊销证书）写入“%3”（下次更新 %4）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaImportChecks</name>
    <message>
        <source>The CA certificate in &apos;%1&apos; expired on %2; an expired CA cannot sign device certificates.</source>
        <extracomment>%1 is a file, %2 a date</extracomment>
        <translation>“%1”中的 CA 证书已于 %2 过期；过期的 CA 无法签发设备证书。</translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; is not valid before %2; import it from then on.</source>
        <translation>“%1”中的 CA 证书在 %2 之前无效；请在该时间之后再导入。</translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has the serial number 0; RFC 5280 (4.1.2.2) requires a positive serial number.</source>
        <translation>“%1”中的 CA 证书序列号为 0；RFC 5280（4.1.2.2）要求序列号为正整数。</translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has the negative serial number %2; RFC 5280 (4.1.2.2) requires a positive serial number.</source>
        <extracomment>%2 is a serial number such as -05</extracomment>
        <translation>“%1”中的 CA 证书序列号 %2 为负数；RFC 5280（4.1.2.2）要求序列号为正整数。</translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has a serial number of %2 octets; RFC 5280 (4.1.2.2) allows at most 20.</source>
        <extracomment>%2 is a number of bytes</extracomment>
        <translation>“%1”中的 CA 证书序列号长 %2 个八位字节；RFC 5280（4.1.2.2）最多允许 20 个。</translation>
    </message>
</context>
<context>
    <name>CaImporter</name>
    <message>
        <source>The certificate for &apos;%1&apos; is not a CA certificate.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>“%1”的证书不是 CA 证书。</translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation>CA 需要一个名称。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase to be stored under.</source>
        <translation>CA“%1”的私钥需要一个口令用于加密存储。</translation>
    </message>
    <message>
        <source>The key does not match the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>密钥与证书“%1”不匹配。</translation>
    </message>
    <message>
        <source>Say where the key of the CA &apos;%1&apos; is kept.</source>
        <translation>请说明 CA“%1”的密钥保存在何处。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 what is wrong with it (a sentence)</extracomment>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>The passphrase does not open the PKCS#12 file &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>该口令无法打开 PKCS#12 文件“%1”。</translation>
    </message>
</context>
<context>
    <name>CaKeyAccess</name>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not stored in this workspace (it is kept: %2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept (for example &quot;offline&quot;)</extracomment>
        <translation>CA“%1”的私钥未存储在此工作区中（其保存位置：%2）。</translation>
    </message>
    <message>
        <source>The passphrase for the CA &apos;%1&apos; is wrong.</source>
        <translation>CA“%1”的口令错误。</translation>
    </message>
    <message>
        <source>Cannot unlock the private key of the CA &apos;%1&apos;.</source>
        <translation>无法解锁 CA“%1”的私钥。</translation>
    </message>
    <message>
        <source>The stored key does not match the certificate &apos;%1&apos;.</source>
        <translation>存储的密钥与证书“%1”不匹配。</translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is not remembered.</source>
        <translation>未记住 CA“%1”的口令。</translation>
    </message>
    <message>
        <source>The remembered passphrase of the CA &apos;%1&apos; is no longer in the keychain.</source>
        <translation>已记住的 CA“%1”口令已不在钥匙串中。</translation>
    </message>
</context>
<context>
    <name>CaKeyBackup</name>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在，未写入任何内容。</translation>
    </message>
    <message>
        <source>Enter a passphrase for the backup.</source>
        <translation>请输入备份的口令。</translation>
    </message>
    <message>
        <source>The key does not belong to the CA &apos;%1&apos;.</source>
        <translation>该密钥不属于 CA“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the private key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>无法将“%1”的私钥写入“%2”。</translation>
    </message>
</context>
<context>
    <name>CaKeyRestore</name>
    <message>
        <source>This backup&apos;s passphrase was chosen by the officer and not split into shares: give the passphrase instead.</source>
        <translation>此备份的口令由负责人选定，没有拆分为份额：请改为提供该口令。</translation>
    </message>
    <message>
        <source>Share %1 belongs to the share set %2, but this backup&apos;s passphrase was split into the set %3.</source>
        <extracomment>%1 is a share number, %2 and %3 share set ids (&quot;3F9A-0C2B&quot;)</extracomment>
        <translation>份额 %1 属于份额组 %2，但此备份的口令被拆分到份额组 %3。</translation>
    </message>
    <message>
        <source>The shares put together do not open the backup&apos;s key. They are of its set, so the backup&apos;s key file was changed or replaced.</source>
        <translation>合并后的份额无法打开备份中的密钥。这些份额属于该备份的份额组，因此备份的密钥文件已被更改或替换。</translation>
    </message>
    <message>
        <source>The passphrase does not open the backup&apos;s key.</source>
        <translation>该口令无法打开备份中的密钥。</translation>
    </message>
    <message>
        <source>The backup&apos;s key does not belong to the backup&apos;s certificate (%1): the backup folder was mixed up with another one.</source>
        <translation>备份中的密钥不属于备份中的证书（%1）：备份文件夹与另一个备份混在了一起。</translation>
    </message>
    <message>
        <source>The backup holds the key of another CA: the key of &apos;%1&apos; (%2) is a different one. Nothing was changed.</source>
        <extracomment>%1 is a CA name, %2 its subject</extracomment>
        <translation>备份中保存的是另一个 CA 的密钥：“%1”（%2）的密钥与之不同。未做任何更改。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has its key in this workspace already; give --replace to overwrite the stored key with the backup&apos;s (the same key, under a new passphrase).</source>
        <translation>CA“%1”在此工作区中已有密钥；如要用备份中的密钥（同一密钥，使用新口令）覆盖已存储的密钥，请加上 --replace。</translation>
    </message>
    <message>
        <source>The restored key needs a passphrase to be stored under.</source>
        <translation>恢复的密钥需要一个用于存储加密的口令。</translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation>CA 需要一个名称。</translation>
    </message>
    <message>
        <source>Restored from a key backup (share set %1).</source>
        <translation>从密钥备份恢复（份额组 %1）。</translation>
    </message>
    <message>
        <source>Restored from a key backup.</source>
        <translation>从密钥备份恢复。</translation>
    </message>
</context>
<context>
    <name>CaOutput</name>
    <message>
        <source>Stored the CA &apos;%1&apos; (serial %2, valid until %3).</source>
        <extracomment>%1 is a CA name, %2 its serial number, %3 a date</extracomment>
        <translation>已存储 CA“%1”（序列号 %2，有效期至 %3）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column headings of `iotca ca list`</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>The workspace has no CA yet.</source>
        <translation>工作区中还没有 CA。</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Labels of `iotca ca show`</extracomment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>颁发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Path length</source>
        <translation>路径长度</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>stored, encrypted</source>
        <translation>已存储，已加密</translation>
    </message>
    <message>
        <source>elsewhere: %1</source>
        <translation>其他位置：%1</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation>未记住</translation>
    </message>
    <message>
        <source>remembered in the keychain</source>
        <translation>已记在钥匙串中</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message numerus="yes">
        <source>No CA expires within %n day(s).</source>
        <extracomment>%n is a number of days</extracomment>
        <translation>
            <numerusform>没有 CA 在 %n 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>itself (root CA)</source>
        <translation>自身（根 CA）</translation>
    </message>
    <message>
        <source>the CA &apos;%1&apos; of this workspace</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>本工作区的 CA“%1”</translation>
    </message>
    <message>
        <source>an issuer not in this workspace (missing)</source>
        <translation>不在本工作区中的签发者（缺失）</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发方</translation>
    </message>
</context>
<context>
    <name>CaProductsCommand</name>
    <message>
        <source>The registered CA&apos;s name.</source>
        <translation>已注册 CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>Lists the products a registered CA is bound to, as the platform reports them (Tencent Cloud IoT Hub; nothing is recorded). A CA still bound to a product cannot be deleted there.</source>
        <translation>按平台报告列出已注册 CA 绑定的产品（腾讯云物联网通信；不记录任何内容）。仍绑定产品的 CA 在该平台上无法删除。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is bound to no product.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”未绑定任何产品。</translation>
    </message>
</context>
<context>
    <name>CaRegistrationPrecheck</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation>平台账号“%1”指向未知平台“%2”。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in the workspace (%2): the verification certificate cannot be made here.</source>
        <extracomment>%1 is a CA name, %2 where its key is kept</extracomment>
        <translation>CA“%1”的私钥不在工作区中（%2）：无法在此生成验证证书。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is already registered with the platform account &apos;%2&apos; (as &apos;%3&apos;, %4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation>CA“%1”已注册到平台账号“%2”（作为“%3”，%4）。</translation>
    </message>
    <message>
        <source>The certificate of &apos;%1&apos; cannot be registered as a CA: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation>“%1”的证书无法注册为 CA：%2</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid now (valid from %2 to %3); platforms refuse it.</source>
        <extracomment>%1 is a CA name, %2 and %3 dates</extracomment>
        <translation>CA“%1”当前无效（有效期 %2 至 %3）；平台会拒绝它。</translation>
    </message>
    <message>
        <source>The key of the CA &apos;%1&apos; (%2) is not one the platforms accept.</source>
        <extracomment>%1 is a CA name, %2 a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation>CA“%1”的密钥（%2）不是平台接受的类型。</translation>
    </message>
</context>
<context>
    <name>CaRegistrationPreflight</name>
    <message>
        <source>The CA &apos;%1&apos; is already registered with this account (as %2, %3).</source>
        <extracomment>%1 is a CA name, %2 the platform&apos;s id for it, %3 a status such as &quot;Activated&quot;</extracomment>
        <translation>CA“%1”已在此账号上注册（注册为 %2，%3）。</translation>
    </message>
    <message>
        <source>The certificate of &apos;%1&apos; cannot be registered as a CA: %2</source>
        <translation>“%1”的证书无法注册为 CA：%2</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid now (valid from %2 to %3); platforms refuse it.</source>
        <extracomment>%1 is a CA name, %2 and %3 dates</extracomment>
        <translation>CA“%1”当前无效（有效期为 %2 至 %3）；平台会拒绝它。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is needed for the verification certificate: unlock it first.</source>
        <translation>生成验证证书需要 CA“%1”的私钥：请先将其解锁。</translation>
    </message>
    <message>
        <source>The key given is not the private key of the CA &apos;%1&apos;.</source>
        <translation>提供的密钥不是 CA“%1”的私钥。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a %2 key; the platforms accept RSA 2048/3072/4096 and ECDSA P-256/P-384.</source>
        <extracomment>%1 is a CA name, %2 a key description such as &quot;RSA 8192-bit&quot;</extracomment>
        <translation>CA“%1”使用 %2 密钥；平台接受 RSA 2048/3072/4096 和 ECDSA P-256/P-384。</translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: enter the code shown there.</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation>%1 仅在其控制台中显示注册码：请输入控制台中显示的注册码。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; (serial %2) is already registered with this account as &apos;%3&apos;.</source>
        <extracomment>%1 is a CA name, %2 its serial number, %3 the platform&apos;s name or id of the registered copy</extracomment>
        <translation>CA“%1”（序列号 %2）已在此账号上注册为“%3”。</translation>
    </message>
    <message>
        <source>This account already has a CA certificate named &apos;%1&apos;; choose another name.</source>
        <translation>此账号已有名为“%1”的 CA 证书；请选择其他名称。</translation>
    </message>
    <message>
        <source>CA limit reached: this account already has %1 CA certificates with the subject &apos;%2&apos;.</source>
        <extracomment>%1 is a number (10 or more), %2 a distinguished name such as &quot;CN=Fleet Root,O=Example&quot;</extracomment>
        <translation>已达到 CA 数量上限：此账号已有 %1 个主题为“%2”的 CA 证书。</translation>
    </message>
    <message>
        <source>The recorded verification certificate of the CA &apos;%1&apos; cannot be used: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation>无法使用为 CA“%1”记录的验证证书：%2</translation>
    </message>
</context>
<context>
    <name>CaRegistrationRepository</name>
    <message>
        <source>Could not record the registration of CA %1 with platform account %2.</source>
        <translation>无法记录 CA %1 在平台账号 %2 上的注册。</translation>
    </message>
    <message>
        <source>The CA %1 or the platform account %2 does not exist in this workspace.</source>
        <translation>此工作区中不存在 CA %1 或平台账号 %2。</translation>
    </message>
    <message>
        <source>The CA %1 is not registered with the platform account %2.</source>
        <translation>CA %1 未在平台账号 %2 上注册。</translation>
    </message>
    <message>
        <source>Could not record the status of CA %1 on platform account %2.</source>
        <translation>无法记录 CA %1 在平台账号 %2 上的状态。</translation>
    </message>
    <message>
        <source>Could not record the sync of CA %1 on platform account %2.</source>
        <translation>无法记录 CA %1 在平台账号 %2 上的同步。</translation>
    </message>
    <message>
        <source>Could not remove the registration of CA %1 with platform account %2.</source>
        <translation>无法移除 CA %1 在平台账号 %2 上的注册。</translation>
    </message>
    <message>
        <source>Could not read the registrations of CA %1.</source>
        <translation>无法读取 CA %1 的注册记录。</translation>
    </message>
    <message>
        <source>Could not read the registrations of platform account %1.</source>
        <translation>无法读取平台账号 %1 的注册记录。</translation>
    </message>
</context>
<context>
    <name>CaRegistrationService</name>
    <message>
        <source>Another platform operation of this account is still running; wait for it or cancel it first.</source>
        <translation>此账号的另一个平台操作仍在进行中；请等待其完成或先将其取消。</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was recorded.</source>
        <translation>操作已取消；未记录任何内容。</translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was recorded. %1</source>
        <extracomment>%1 says what the platform had already done when the operation was cancelled</extracomment>
        <translation>操作已取消；未记录任何内容。%1</translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the outcome could not be recorded; nothing was sent to the platform.</source>
        <translation>工作区以只读方式打开，因此无法记录结果；未向平台发送任何内容。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 says what was being done (&quot;Uploading the CA certificate &apos;Fleet Root&apos;&quot;), %2 why it failed</extracomment>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not registered with the account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a platform account name</extracomment>
        <translation>CA“%1”未在账号“%2”上注册。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was deleted from the account &apos;%2&apos;; register it again first.</source>
        <translation>CA“%1”已从账号“%2”中删除；请先重新注册。</translation>
    </message>
    <message>
        <source>Activating the CA &apos;%1&apos;</source>
        <translation>正在激活 CA“%1”</translation>
    </message>
    <message>
        <source>Deactivating the CA &apos;%1&apos;</source>
        <translation>正在停用 CA“%1”</translation>
    </message>
    <message>
        <source>A CA is deleted from a platform with deleteCa(), not by a status change.</source>
        <translation>从平台删除 CA 应使用 deleteCa()，而不是通过更改状态。</translation>
    </message>
    <message>
        <source>Recording the new status</source>
        <translation>正在记录新状态</translation>
    </message>
    <message>
        <source>%1 succeeded on the platform, but the workspace could not record it: %2</source>
        <extracomment>%1 says what was done (&quot;Deactivating the CA &apos;Fleet Root&apos;&quot;), %2 the reason</extracomment>
        <translation>%1 已在平台上成功，但工作区无法记录：%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Reading the status of the CA &apos;%1&apos;</source>
        <translation>正在读取 CA“%1”的状态</translation>
    </message>
    <message>
        <source>Deactivating the CA &apos;%1&apos; before deleting it</source>
        <translation>删除前正在停用 CA“%1”</translation>
    </message>
    <message>
        <source>Deleting the CA &apos;%1&apos; on the platform</source>
        <translation>正在平台上删除 CA“%1”</translation>
    </message>
    <message>
        <source>Recording the deletion</source>
        <translation>正在记录删除操作</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was deleted on the platform, but the workspace could not record it: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation>CA“%1”已在平台上删除，但工作区无法记录：%2</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and may still be inactive: sync the account to record its state.</source>
        <extracomment>%1 is why the deletion failed</extracomment>
        <translation>%1 该 CA 之前已先被停用，可能仍处于停用状态：请同步该账号以记录其状态。</translation>
    </message>
    <message>
        <source>Activating the CA &apos;%1&apos; again</source>
        <translation>正在重新激活 CA“%1”</translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and is active again.</source>
        <extracomment>%1 is why the deletion failed</extracomment>
        <translation>%1 该 CA 之前已先被停用，现已重新激活。</translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and could not be activated again (%2): sync the account to record its state.</source>
        <extracomment>%1 is why the deletion failed, %2 why the CA could not be activated again</extracomment>
        <translation>%1 该 CA 之前已先被停用，且无法重新激活（%2）：请同步该账号以记录其状态。</translation>
    </message>
    <message>
        <source>A device certificate can be activated (Associated) or deactivated (Inactivated) on a platform, not set to &apos;%1&apos;.</source>
        <extracomment>%1 is a status such as &quot;Issued&quot;</extracomment>
        <translation>设备证书在平台上只能激活（已关联）或停用（已停用），不能设为“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number.</source>
        <translation>“%1”不是十六进制序列号。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no device certificate with serial number %2 in this workspace; nothing was sent for it.</source>
        <extracomment>%1 is a CA name, %2 a serial number</extracomment>
        <translation>在此工作区中，CA“%1”没有序列号为 %2 的设备证书；未为其发送任何内容。</translation>
    </message>
    <message>
        <source>The device certificate %1 of &apos;%2&apos; is already deleted on the platform.</source>
        <translation>“%2”的设备证书 %1 已在平台上删除。</translation>
    </message>
    <message>
        <source>Device certificate %1 of %2 (serial %3)</source>
        <extracomment>%1 and %2 count device certificates, %3 is a serial number</extracomment>
        <translation>设备证书 %1 / %2（序列号 %3）</translation>
    </message>
    <message>
        <source>Deactivating the device certificate %1 before deleting it</source>
        <translation>删除前正在停用设备证书 %1</translation>
    </message>
    <message>
        <source>Deleting the device certificate %1</source>
        <translation>正在删除设备证书 %1</translation>
    </message>
    <message>
        <source>Changing the status of the device certificate %1</source>
        <translation>正在更改设备证书 %1 的状态</translation>
    </message>
    <message numerus="yes">
        <source>The platform had already changed %n device certificate(s), which the workspace does not show.</source>
        <extracomment>%n counts device certificates</extracomment>
        <translation>
            <numerusform>平台此前已更改了 %n 个设备证书，但工作区中未显示这些更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the outcome</source>
        <translation>正在记录结果</translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted the change of %n device certificate(s), but the workspace could not record it: %1</source>
        <extracomment>%n counts device certificates, %1 is the reason</extracomment>
        <translation>
            <numerusform>平台已接受 %n 个设备证书的更改，但工作区无法记录：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of the CA &apos;%1&apos; in the workspace cannot be read: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation>无法读取工作区中 CA“%1”的证书：%2</translation>
    </message>
    <message>
        <source>%1 registers CA certificates as active only.</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation>%1 只能以激活状态注册 CA 证书。</translation>
    </message>
    <message>
        <source>Checking the CA certificates of the account</source>
        <translation>正在检查账号的 CA 证书</translation>
    </message>
    <message>
        <source>Reading the CA certificates of the account</source>
        <translation>正在读取账号的 CA 证书</translation>
    </message>
    <message>
        <source>Fetching the registration code</source>
        <translation>正在获取注册码</translation>
    </message>
    <message>
        <source>Making the verification certificate</source>
        <translation>正在生成验证证书</translation>
    </message>
    <message>
        <source>Making the verification certificate for &apos;%1&apos;</source>
        <translation>正在为“%1”生成验证证书</translation>
    </message>
    <message>
        <source>Uploading the CA certificate</source>
        <translation>正在上传 CA 证书</translation>
    </message>
    <message>
        <source>Uploading the CA certificate &apos;%1&apos;</source>
        <translation>正在上传 CA 证书“%1”</translation>
    </message>
    <message>
        <source>Recording the registration</source>
        <translation>正在记录注册信息</translation>
    </message>
    <message>
        <source>%1 registered the CA as &apos;%2&apos;, but the workspace could not record it: %3</source>
        <extracomment>%1 is a platform name, %2 the platform&apos;s id for the CA, %3 the reason</extracomment>
        <translation>%1 已将该 CA 注册为“%2”，但工作区无法记录：%3</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos;</source>
        <translation>正在读取 CA“%1”的设备证书</translation>
    </message>
    <message>
        <source>Recording the statuses found</source>
        <translation>正在记录读取到的状态</translation>
    </message>
    <message>
        <source>Reading the products bound to the CA &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>正在读取 CA“%1”绑定的产品</translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; is still bound to %n product(s): %2. Unbind it from them (or delete them) on the platform first; nothing was deleted.</source>
        <extracomment>%1 is a CA name, %2 a list of products such as &quot;U58ABC2YLJ (fleet)&quot;, %n how many products</extracomment>
        <translation>
            <numerusform>CA“%1”仍绑定 %n 个产品：%2。请先在平台上解除绑定（或删除这些产品）；未删除任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos; back</source>
        <translation>正在回读 CA“%1”的设备证书</translation>
    </message>
    <message>
        <source>%1 succeeded and is recorded, but reading its device certificates back failed; run &apos;ca sync&apos; to record their statuses</source>
        <extracomment>%1 says what was done (&quot;Deactivating the CA &apos;Fleet Root&apos;&quot;), %2 the reason</extracomment>
        <translation>%1 已成功并已记录，但回读其设备证书失败；请运行“ca sync”记录它们的状态</translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos; from the platform</source>
        <translation>正在从平台读取 CA“%1”的设备证书</translation>
    </message>
    <message>
        <source>The platform does not list the device certificate %1: its broker registers a device certificate when the device first connects with it. Nothing was sent for it.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>平台未列出设备证书 %1：其服务端在设备首次使用该证书连接时才注册设备证书。未为它发送任何请求。</translation>
    </message>
    <message>
        <source>The platform does not list the device certificate %1; register it first (&apos;device register&apos;). Nothing was sent for it.</source>
        <translation>平台未列出设备证书 %1；请先注册它（“device register”）。未为它发送任何请求。</translation>
    </message>
    <message>
        <source>The platform holds another certificate with the serial number %1 under this CA; it differs from the workspace and was not replaced.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>平台在此 CA 下保存了另一张序列号为 %1 的证书；它与工作区不一致，未被替换。</translation>
    </message>
    <message>
        <source>Registering device certificate %1 of %2 (%3)</source>
        <extracomment>%1 and %2 count device certificates, %3 is a device name</extracomment>
        <translation>正在注册第 %1 张设备证书，共 %2 张（%3）</translation>
    </message>
    <message>
        <source>Registering the device certificate %1</source>
        <translation>注册设备证书 %1</translation>
    </message>
    <message numerus="yes">
        <source>The platform registered %n device certificate(s), but the workspace could not record it: %1</source>
        <extracomment>%n counts device certificates, %1 is the reason</extracomment>
        <translation>
            <numerusform>平台已注册 %n 张设备证书，但工作区无法记录：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registration was cancelled. The platform had registered %n device certificate(s) before that; they are recorded.</source>
        <extracomment>%n counts device certificates</extracomment>
        <translation>
            <numerusform>注册已取消。在此之前平台已注册 %n 张设备证书，它们已被记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform already holds this device with another certificate than %1; the workspace differs from the platform and nothing was replaced.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>平台上该设备使用的是另一张证书，而不是 %1；工作区与平台不一致，未替换任何内容。</translation>
    </message>
    <message>
        <source>Reading the CA certificate %1</source>
        <translation>正在读取 CA 证书 %1</translation>
    </message>
</context>
<context>
    <name>CaRenewal</name>
    <message>
        <source>The issuer of the CA &apos;%1&apos; is not in this workspace; renew it where its issuer is kept.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”的签发者不在此工作区中；请在保存其签发者的地方续期。</translation>
    </message>
</context>
<context>
    <name>CaRepository</name>
    <message>
        <source>A CA needs a name.</source>
        <translation>CA 需要一个名称。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no certificate.</source>
        <translation>CA“%1”没有证书。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; needs either a stored encrypted key or a reference to where its key is kept.</source>
        <translation>CA“%1”需要一个已存储的加密密钥，或一个指明其密钥保存位置的引用。</translation>
    </message>
    <message>
        <source>Could not add the CA &apos;%1&apos; to the workspace.</source>
        <translation>无法将 CA“%1”添加到工作区。</translation>
    </message>
    <message>
        <source>There is already a CA named &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中已有名为“%1”的 CA。</translation>
    </message>
    <message>
        <source>There is no CA with id %1 in this workspace.</source>
        <translation>此工作区中没有 ID 为 %1 的 CA。</translation>
    </message>
    <message>
        <source>Could not rename the CA &apos;%1&apos;.</source>
        <translation>无法重命名 CA“%1”。</translation>
    </message>
    <message>
        <source>Could not save the notes of the CA %1.</source>
        <translation>无法保存 CA %1 的备注。</translation>
    </message>
    <message>
        <source>Could not record where the passphrase of the CA %1 is kept.</source>
        <translation>无法记录 CA %1 的口令保存位置。</translation>
    </message>
    <message>
        <source>The new encrypted key of the CA %1 is empty.</source>
        <translation>CA %1 的新加密密钥为空。</translation>
    </message>
    <message>
        <source>Could not store the re-encrypted key of the CA %1.</source>
        <translation>无法存储 CA %1 重新加密后的密钥。</translation>
    </message>
    <message>
        <source>Could not delete the CA &apos;%1&apos;.</source>
        <translation>无法删除 CA“%1”。</translation>
    </message>
    <message>
        <source>Could not read the CA %1 from the workspace.</source>
        <translation>无法从工作区读取 CA %1。</translation>
    </message>
    <message>
        <source>Could not read the CA &apos;%1&apos; from the workspace.</source>
        <translation>无法从工作区读取 CA“%1”。</translation>
    </message>
    <message>
        <source>Could not read the CAs of the workspace.</source>
        <translation>无法读取工作区中的 CA。</translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has issued %n intermediate CAs in this workspace; delete those first.</source>
        <extracomment>%1 is a CA name, %n a number</extracomment>
        <translation>
            <numerusform>CA“%1”在此工作区中签发了 %n 个中间 CA；请先删除它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is still registered with %2 and has %3; delete them with it, or unregister it first.</source>
        <extracomment>%1 is a CA name, %2 &quot;N platform accounts&quot;, %3 &quot;N device certificates&quot;</extracomment>
        <translation>CA“%1”仍在 %2 注册，并有 %3；请将它们一并删除，或先取消注册。</translation>
    </message>
    <message numerus="yes">
        <source>%n platform accounts</source>
        <extracomment>Part of &quot;The CA &apos;%1&apos; is still registered with %2 and has %3&quot;</extracomment>
        <translation>
            <numerusform>%n 个平台账号</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>Part of &quot;The CA &apos;%1&apos; is still registered with %2 and has %3&quot;</extracomment>
        <translation>
            <numerusform>%Ln 个设备证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the renewed certificate of the CA &apos;%1&apos;.</source>
        <translation>无法保存 CA“%1”续期后的证书。</translation>
    </message>
    <message>
        <source>The restored key of the CA %1 is empty.</source>
        <translation>CA %1 恢复的密钥为空。</translation>
    </message>
    <message>
        <source>Could not store the restored key of the CA %1.</source>
        <translation>无法存储 CA %1 恢复的密钥。</translation>
    </message>
</context>
<context>
    <name>CeremonyCommands</name>
    <message>
        <source>give it as &quot;CA name=file&quot;</source>
        <translation>请写成 &quot;CA 名称=文件&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA of the script</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”不是脚本中的 CA</translation>
    </message>
    <message>
        <source>a second passphrase for &apos;%1&apos;</source>
        <translation>“%1”的第二个口令</translation>
    </message>
    <message>
        <source>no terminal to ask for the new passphrase of &apos;%1&apos;: give --passphrase &quot;%1=file&quot;</source>
        <translation>没有终端可询问“%1”的新口令：请给出 --passphrase &quot;%1=文件&quot;</translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase of &apos;%1&apos; and none remembered: give --passphrase &quot;%1=file&quot;</source>
        <translation>没有终端可询问“%1”的口令，钥匙串中也未记住：请给出 --passphrase &quot;%1=文件&quot;</translation>
    </message>
    <message numerus="yes">
        <source>The ceremony script &apos;%1&apos; has %n problem(s); nothing was done:</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>仪式脚本“%1”有 %n 个问题；未执行任何操作：</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs an offline key ceremony from one script file.</source>
        <translation>按一个脚本文件执行离线密钥仪式。</translation>
    </message>
    <message>
        <source>Checks a ceremony script completely, then runs its steps and writes the signed record.</source>
        <translation>完整检查仪式脚本，然后执行其步骤并写出已签名的记录。</translation>
    </message>
    <message>
        <source>The ceremony script (JSON).</source>
        <translation>仪式脚本（JSON）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Checks the script and prints the numbered steps; writes nothing.</source>
        <translation>检查脚本并打印编号的步骤；不写入任何内容。</translation>
    </message>
    <message>
        <source>Reads the passphrase of the script&apos;s CA &lt;name&gt; from the first line of &lt;file&gt; (repeatable; else asked on the terminal).</source>
        <translation>从 &lt;file&gt; 的第一行读取脚本中 CA &lt;name&gt; 的口令（可重复；否则在终端上询问）。</translation>
    </message>
    <message>
        <source>name=file</source>
        <translation>名称=文件</translation>
    </message>
    <message>
        <source>Runs the key ceremony of a script file (docs/ceremony.md): checks all of it first and reports every problem with its JSON path, then creates the CAs, verification certificates, device batches, key backup and transfer bundle in order, and writes the record (JSON signed by the ceremony&apos;s CA, and PDF).</source>
        <translation>执行脚本文件中的密钥仪式（docs/ceremony.md）：先检查全部内容并报告每个问题及其 JSON 路径，然后依次创建 CA、验证证书、设备批次、密钥备份和传输包，并写出记录（由仪式的 CA 签名的 JSON 以及 PDF）。</translation>
    </message>
    <message>
        <source>there is no workspace in &apos;%1&apos;</source>
        <translation>“%1”中没有工作区</translation>
    </message>
    <message>
        <source>Ceremony &apos;%1&apos; (script SHA-256 %2): the script is valid. Steps:</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the script&apos;s SHA-256</extracomment>
        <translation>仪式“%1”（脚本 SHA-256 %2）：脚本有效。步骤：</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>CeremonyRecordPdfWriter</name>
    <message>
        <source>%1 — page %2</source>
        <extracomment>%1 is the page footer (the ceremony&apos;s title and script hash), %2 a page number</extracomment>
        <translation>%1 — 第 %2 页</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未执行</translation>
    </message>
    <message>
        <source>The ceremony record cannot be printed to PDF: this program was started without graphics support.</source>
        <translation>无法将仪式记录打印为 PDF：本程序启动时没有图形支持。</translation>
    </message>
    <message>
        <source>Key ceremony record: %1</source>
        <translation>密钥仪式记录：%1</translation>
    </message>
    <message>
        <source>The ceremony record could not be printed to PDF.</source>
        <translation>无法将仪式记录打印为 PDF。</translation>
    </message>
    <message>
        <source>Key ceremony record: %1 (script SHA-256 %2…)</source>
        <extracomment>Page footer; %1 is the ceremony&apos;s title, %2 the start of the script&apos;s SHA-256</extracomment>
        <translation>密钥仪式记录：%1（脚本 SHA-256 %2…）</translation>
    </message>
    <message>
        <source>Key ceremony record</source>
        <translation>密钥仪式记录</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>主持人：%1</translation>
    </message>
    <message>
        <source>Witnesses: %1</source>
        <translation>见证人：%1</translation>
    </message>
    <message>
        <source>Started: %1 UTC (local %2)</source>
        <extracomment>%1 is a UTC time, %2 the same in local time</extracomment>
        <translation>开始：%1 UTC（本地 %2）</translation>
    </message>
    <message>
        <source>Finished: %1 UTC (local %2)</source>
        <translation>结束：%1 UTC（本地 %2）</translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation>脚本：%1</translation>
    </message>
    <message>
        <source>Script SHA-256: %1</source>
        <translation>脚本 SHA-256：%1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Outcome: every step was done.</source>
        <translation>结果：所有步骤均已完成。</translation>
    </message>
    <message>
        <source>Outcome: the ceremony STOPPED at step %1: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation>结果：仪式在第 %1 步停止：%2</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>%1 is a step number, %2 what the step does, %3 its state (done, FAILED, not run)</extracomment>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a CA name, %2 &quot;created&quot; or &quot;used&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Key type: %1; serial: %2</source>
        <translation>密钥类型：%1；序列号：%2</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Audit entries written during the ceremony</source>
        <translation>仪式期间写入的审计条目</translation>
    </message>
    <message>
        <source>Audit chain head: entry %1, hash %2</source>
        <extracomment>%1 is an entry number, %2 a SHA-256 hash</extracomment>
        <translation>审计链头：条目 %1，哈希 %2</translation>
    </message>
    <message>
        <source>Signature of the record file</source>
        <translation>记录文件的签名</translation>
    </message>
    <message>
        <source>ceremony-record.json is not signed: %1</source>
        <translation>ceremony-record.json 未签名：%1</translation>
    </message>
    <message>
        <source>ceremony-record.json is signed by the CA &apos;%1&apos; (SHA-256 %2) in ceremony-record.json.sig; check it with: openssl x509 -in ceremony-signer.pem -pubkey -noout &gt; signer.pub; openssl dgst -sha256 -verify signer.pub -signature ceremony-record.json.sig ceremony-record.json</source>
        <extracomment>%1 is a CA name, %2 its SHA-256 fingerprint</extracomment>
        <translation>ceremony-record.json 由 CA“%1”（SHA-256 %2）签名，签名在 ceremony-record.json.sig 中；用以下命令核对：openssl x509 -in ceremony-signer.pem -pubkey -noout &gt; signer.pub; openssl dgst -sha256 -verify signer.pub -signature ceremony-record.json.sig ceremony-record.json</translation>
    </message>
    <message>
        <source>Signatures: each signs that the steps above happened in their presence as recorded.</source>
        <translation>签名：每位签名者确认上述步骤在其在场时按记录发生。</translation>
    </message>
    <message>
        <source>Officer %1:</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation>主持人 %1：</translation>
    </message>
    <message>
        <source>Witness %1:</source>
        <translation>见证人 %1：</translation>
    </message>
</context>
<context>
    <name>CeremonyRecordWriter</name>
    <message>
        <source>Signing the record is not available in this build.</source>
        <translation>此版本无法为记录签名。</translation>
    </message>
    <message>
        <source>This record, written to &apos;%1&apos;.</source>
        <translation>即本记录，写入“%1”。</translation>
    </message>
</context>
<context>
    <name>CeremonyRunner</name>
    <message>
        <source>Ceremony &apos;%1&apos;, officer %2.</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the officer</extracomment>
        <translation>仪式“%1”，主持人 %2。</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation>第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>The ceremony record could not be written to &apos;%1&apos;.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>无法将仪式记录写入“%1”。</translation>
    </message>
    <message>
        <source>The ceremony stopped at step %1; the record in &apos;%2&apos; says so.</source>
        <extracomment>%1 is a step number, %2 a folder</extracomment>
        <translation>仪式在第 %1 步停止；“%2”中的记录载明了这一点。</translation>
    </message>
    <message>
        <source>The ceremony is complete.</source>
        <translation>仪式已完成。</translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation>CA“%1”的新口令：</translation>
    </message>
</context>
<context>
    <name>CeremonyScriptChecks</name>
    <message>
        <source>&apos;%1&apos; exists and is not a folder</source>
        <translation>“%1”已存在且不是文件夹</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; is not empty</source>
        <translation>文件夹“%1”不是空的</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already</source>
        <translation>“%1”已存在</translation>
    </message>
    <message>
        <source>the same path as %1</source>
        <extracomment>%1 is a JSON path such as $.record.out</extracomment>
        <translation>与 %1 的路径相同</translation>
    </message>
    <message>
        <source>the workspace already has a CA named &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>工作区中已有名为“%1”的 CA</translation>
    </message>
    <message>
        <source>the workspace has no CA named &apos;%1&apos;</source>
        <translation>工作区中没有名为“%1”的 CA</translation>
    </message>
    <message>
        <source>the key of &apos;%1&apos; is not in this workspace</source>
        <translation>“%1”的密钥不在此工作区中</translation>
    </message>
</context>
<context>
    <name>CeremonyScriptParser</name>
    <message>
        <source>unknown key</source>
        <translation>未知的键</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <extracomment>%1 is a number</extracomment>
        <translation>最多 %1 个字符</translation>
    </message>
    <message>
        <source>must not hold control characters</source>
        <translation>不能包含控制字符</translation>
    </message>
    <message>
        <source>must be %1..%2</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation>必须在 %1..%2 之间</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a CA created earlier in the script nor one of existingCas</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”既不是脚本中先前创建的 CA，也不在 existingCas 中</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <extracomment>%1 is a list of key types</extracomment>
        <translation>必须是以下之一：%1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice in the script</source>
        <translation>“%1”在脚本中出现了两次</translation>
    </message>
    <message>
        <source>must be one of aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot</source>
        <translation>必须是 aws-iot、tencent-iothub、apsaramq-mqtt、alibaba-iot 之一</translation>
    </message>
    <message>
        <source>give exactly one of names and count</source>
        <translation>names 与 count 必须且只能给出其一</translation>
    </message>
    <message>
        <source>must list at least one device name</source>
        <translation>必须至少列出一个设备名称</translation>
    </message>
    <message>
        <source>goes with count</source>
        <translation>须与 count 一起使用</translation>
    </message>
    <message>
        <source>must not be more than shares</source>
        <translation>不能大于 shares</translation>
    </message>
    <message>
        <source>is not the out of an entry of verificationCertificates</source>
        <translation>不是 verificationCertificates 中某一项的 out</translation>
    </message>
    <message>
        <source>is signed by &apos;%1&apos;, not by the bundle&apos;s CA</source>
        <translation>由“%1”签发，而不是由传输包的 CA 签发</translation>
    </message>
    <message>
        <source>its entry in verificationCertificates needs a platform</source>
        <translation>它在 verificationCertificates 中的条目需要 platform</translation>
    </message>
    <message>
        <source>is not the csv of an entry of deviceBatches</source>
        <translation>不是 deviceBatches 中某一项的 csv</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset, %2 the parser&apos;s reason</extracomment>
        <translation>第 %1 字节处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>必须是 JSON 对象</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <extracomment>%1 is the format id this version reads</extracomment>
        <translation>必须是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must name at least one witness</source>
        <translation>必须至少列出一名见证人</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation>“%1”出现了两次</translation>
    </message>
    <message>
        <source>the script creates no CA and uses none</source>
        <translation>脚本既不创建 CA，也不使用任何 CA</translation>
    </message>
</context>
<context>
    <name>CeremonyStepRunner</name>
    <message>
        <source>Backed up the key of &apos;%1&apos; to &apos;%2&apos;; its passphrase is split into the share set %3 (%4 of %5 needed), share sheets in &apos;%6&apos;: print them, hand them out, then delete that folder.</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a share set id, %4 shares needed, %5 shares made, %6 a folder</extracomment>
        <translation>已将“%1”的密钥备份到“%2”；其口令已拆分为份额集 %3（需要 %5 份中的 %4 份），份额单在“%6”中：请打印并分发，然后删除该文件夹。</translation>
    </message>
    <message>
        <source>The issuers of the CA &apos;%1&apos; up to its root are not all in this workspace; the bundle carries the whole chain.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”直到根的各级签发者并不都在此工作区中；传输包需要携带完整的链。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the transfer bundle of &apos;%1&apos; to &apos;%2&apos; (%n file(s) and the signed manifest; CA SHA-256 %3).</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a fingerprint, %n the number of files</extracomment>
        <translation>
            <numerusform>已将“%1”的传输包写入“%2”（%n 个文件及签名的清单；CA SHA-256 %3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the root CA &apos;%1&apos; (%2, key %3, %4 days)</source>
        <extracomment>%1 is a CA name, %2 a subject, %3 a key type, %4 a number of days</extracomment>
        <translation>创建根 CA“%1”（%2，密钥 %3，%4 天）</translation>
    </message>
    <message>
        <source>Create the intermediate CA &apos;%1&apos; under &apos;%2&apos; (%3, key %4, %5 days)</source>
        <extracomment>%1 is a CA name, %2 the issuing CA, %3 a subject, %4 a key type, %5 a number of days</extracomment>
        <translation>在“%2”下创建中间 CA“%1”（%3，密钥 %4，%5 天）</translation>
    </message>
    <message>
        <source>Make the verification certificate of &apos;%1&apos; for the registration code %2 into &apos;%3&apos;</source>
        <extracomment>%1 is a CA name, %2 a registration code, %3 a file</extracomment>
        <translation>为注册码 %2 生成“%1”的验证证书，写入“%3”</translation>
    </message>
    <message numerus="yes">
        <source>Issue %n device certificate(s) for the product &apos;%1&apos; from &apos;%2&apos; into &apos;%3&apos;</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a folder</extracomment>
        <translation>
            <numerusform>由“%2”为产品“%1”签发 %n 个设备证书，写入“%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the key of &apos;%1&apos; to &apos;%2&apos;, its passphrase split into %4 shares (%3 needed) into &apos;%5&apos;</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 shares needed, %4 shares made, %5 a folder</extracomment>
        <translation>将“%1”的密钥备份到“%2”，其口令拆分为 %4 份（需要 %3 份），份额写入“%5”</translation>
    </message>
    <message>
        <source>Write the transfer bundle of &apos;%1&apos; to &apos;%2&apos;</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation>将“%1”的传输包写入“%2”</translation>
    </message>
    <message>
        <source>Write the ceremony record to &apos;%1&apos;, signed by &apos;%2&apos;</source>
        <extracomment>%1 is a folder, %2 a CA name</extracomment>
        <translation>将仪式记录写入“%1”，由“%2”签名</translation>
    </message>
    <message>
        <source>There is no step left to run before the record.</source>
        <translation>记录之前已没有待执行的步骤。</translation>
    </message>
    <message>
        <source>The ceremony was not started.</source>
        <translation>仪式尚未开始。</translation>
    </message>
    <message>
        <source>The key of &apos;%1&apos; was not unlocked before the ceremony stopped.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>仪式停止前“%1”的密钥未被解锁。</translation>
    </message>
    <message>
        <source>There is no CA named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation>工作区“%2”中没有名为“%1”的 CA。</translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation>未知的密钥类型“%1”。</translation>
    </message>
    <message>
        <source>Created the CA &apos;%1&apos;, serial %2, SHA-256 %3.</source>
        <extracomment>%1 is a CA name, %2 a serial number, %3 a fingerprint</extracomment>
        <translation>已创建 CA“%1”，序列号 %2，SHA-256 %3。</translation>
    </message>
    <message>
        <source>Wrote &apos;%1&apos; (serial %2).</source>
        <translation>已写入“%1”（序列号 %2）。</translation>
    </message>
    <message>
        <source>The profile or key type of the batch is unknown.</source>
        <translation>该批次的配置文件或密钥类型未知。</translation>
    </message>
    <message>
        <source>Issuing device certificates</source>
        <translation>正在签发设备证书</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n device certificate(s) into &apos;%1&apos;.</source>
        <extracomment>%n devices, %1 a folder</extracomment>
        <translation>
            <numerusform>已签发 %n 个设备证书，写入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Association CSV: %1.</source>
        <translation>关联 CSV：%1。</translation>
    </message>
</context>
<context>
    <name>CertSerialText</name>
    <message>
        <source>the certificate serial number is empty</source>
        <translation>证书序列号为空</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has spaces around the serial number</source>
        <translation>“%1”的序列号前后有空格</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number</source>
        <translation>“%1”不是十六进制序列号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a &apos;:&apos; separator that is not between two digits</source>
        <translation>“%1”中有不位于两个数字之间的“:”分隔符</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than the %2 bytes a certificate serial number may have</source>
        <extracomment>%2 is the limit in bytes (20)</extracomment>
        <translation>“%1”超过了证书序列号允许的 %2 个字节</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is zero; certificate serial numbers are positive</source>
        <translation>“%1”为零；证书序列号必须为正数</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The file for the certificate is empty.</source>
        <translation>证书文件为空。</translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation>证书文件过大。</translation>
    </message>
    <message>
        <source>The certificate is cut off: it should have %1 bytes but has only %2.</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation>证书被截断：应有 %1 个字节，但只有 %2 个。</translation>
    </message>
    <message>
        <source>The file holds a key, not a certificate.</source>
        <translation>该文件包含的是密钥，而不是证书。</translation>
    </message>
    <message>
        <source>The file holds a certificate signing request, not a certificate.</source>
        <translation>该文件包含的是证书签名请求，而不是证书。</translation>
    </message>
    <message>
        <source>The certificate is damaged and cannot be decoded.</source>
        <translation>证书已损坏，无法解码。</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Certificate %1 in the file: %2</source>
        <extracomment>%1 is the position of the certificate in the file (1, 2, ...), %2 the reason</extracomment>
        <translation>文件中的第 %1 个证书：%2</translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no certificate.</source>
        <extracomment>%1 is a PEM label such as &quot;PRIVATE KEY&quot;</extracomment>
        <translation>该文件包含“%1”，但没有证书。</translation>
    </message>
    <message>
        <source>The file is neither a PEM nor a DER certificate.</source>
        <translation>该文件既不是 PEM 证书，也不是 DER 证书。</translation>
    </message>
    <message>
        <source>There is no certificate.</source>
        <translation>没有证书。</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a version 3 certificate, so it cannot be a CA.</source>
        <extracomment>%1 is the certificate&apos;s name</extracomment>
        <translation>证书“%1”不是第 3 版证书，因此不能作为 CA。</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: it has no basicConstraints extension.</source>
        <translation>证书“%1”不是 CA：它没有 basicConstraints 扩展。</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: its basicConstraints say CA:FALSE.</source>
        <translation>证书“%1”不是 CA：其 basicConstraints 为 CA:FALSE。</translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: its keyUsage does not allow signing certificates (keyCertSign).</source>
        <translation>证书“%1”不是 CA：其 keyUsage 不允许签发证书（keyCertSign）。</translation>
    </message>
    <message>
        <source>The trust settings after the certificate are damaged.</source>
        <translation>证书后面的信任设置已损坏。</translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <source>The path length constraint cannot be negative.</source>
        <translation>路径长度约束不能为负数。</translation>
    </message>
    <message>
        <source>A CA certificate needs a subject name.</source>
        <translation>CA 证书需要一个主题名称。</translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation>无法创建证书。</translation>
    </message>
    <message>
        <source>A root CA needs a key.</source>
        <translation>根 CA 需要一个密钥。</translation>
    </message>
    <message>
        <source>The CA key</source>
        <translation>CA 密钥</translation>
    </message>
    <message>
        <source>Issuing needs the CA certificate and the CA key.</source>
        <translation>颁发证书需要 CA 证书和 CA 密钥。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; expired on %2; it cannot issue certificates any more.</source>
        <extracomment>%1 is the CA&apos;s name, %2 a date and time</extracomment>
        <translation>CA“%1”已于 %2 过期；无法再颁发证书。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid before %2.</source>
        <translation>CA“%1”在 %2 之前无效。</translation>
    </message>
    <message>
        <source>The key does not match the certificate of the CA &apos;%1&apos;.</source>
        <extracomment>%1 is the CA&apos;s name</extracomment>
        <translation>密钥与 CA“%1”的证书不匹配。</translation>
    </message>
    <message>
        <source>An intermediate CA needs a key.</source>
        <translation>中间 CA 需要一个密钥。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a path length of 0, so it may not sign other CAs.</source>
        <extracomment>%1 is the CA&apos;s name</extracomment>
        <translation>CA“%1”的路径长度为 0，因此不能签发其他 CA。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a path length of %2, so a CA it signs may have a path length of at most %3.</source>
        <extracomment>%1 is the CA&apos;s name, %2 and %3 numbers</extracomment>
        <translation>CA“%1”的路径长度为 %2，因此它签发的 CA 的路径长度最多为 %3。</translation>
    </message>
    <message>
        <source>Signing a sub-CA needs its certificate request.</source>
        <translation>签发子 CA 需要其证书请求。</translation>
    </message>
    <message>
        <source>The certificate request has no usable public key.</source>
        <translation>该证书请求没有可用的公钥。</translation>
    </message>
    <message>
        <source>Renewing a CA needs its certificate and a signing key.</source>
        <translation>续期 CA 需要其证书和签名密钥。</translation>
    </message>
</context>
<context>
    <name>CertificateLifeStates</name>
    <message>
        <source>Valid</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation>有效</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <extracomment>Validity state of a certificate in a list; %n is a number of days</extracomment>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation>已吊销</translation>
    </message>
</context>
<context>
    <name>CertificateProfile</name>
    <message>
        <source>The validity must be between 1 and 36,500 days, not %1.</source>
        <extracomment>%1 is a number of days</extracomment>
        <translation>有效期必须在 1 到 36,500 天之间，而不是 %1 天。</translation>
    </message>
    <message>
        <source>The issuing CA expired on %1; it cannot issue certificates any more.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>颁发 CA 已于 %1 过期；无法再颁发证书。</translation>
    </message>
    <message>
        <source>The validity was shortened to end on %1, when the CA &apos;%2&apos; expires.</source>
        <extracomment>%1 is a date and time, %2 the CA&apos;s name</extracomment>
        <translation>有效期已缩短至 %1 结束，即 CA“%2”过期之时。</translation>
    </message>
    <message>
        <source>Could not fill in the certificate.</source>
        <translation>无法填写证书内容。</translation>
    </message>
    <message>
        <source>Could not add an extension to the certificate.</source>
        <translation>无法向证书添加扩展。</translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation>无法添加主题备用名称。</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>无法对证书签名。</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>A certificate signing request needs a key.</source>
        <translation>证书签名请求需要一个密钥。</translation>
    </message>
    <message>
        <source>A certificate signing request needs a subject name.</source>
        <translation>证书签名请求需要一个主题名称。</translation>
    </message>
    <message>
        <source>Could not create the certificate signing request.</source>
        <translation>无法创建证书签名请求。</translation>
    </message>
    <message>
        <source>Could not fill in the certificate signing request.</source>
        <translation>无法填写证书签名请求的内容。</translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation>无法添加主题备用名称。</translation>
    </message>
    <message>
        <source>Could not sign the certificate signing request.</source>
        <translation>无法对证书签名请求签名。</translation>
    </message>
    <message>
        <source>The file for the certificate signing request is empty.</source>
        <translation>证书签名请求文件为空。</translation>
    </message>
    <message>
        <source>The certificate signing request file is too large.</source>
        <translation>证书签名请求文件过大。</translation>
    </message>
    <message>
        <source>The file holds a certificate, not a certificate signing request.</source>
        <translation>该文件包含的是证书，而不是证书签名请求。</translation>
    </message>
    <message>
        <source>The certificate signing request is damaged or cut off and cannot be decoded.</source>
        <translation>证书签名请求已损坏或被截断，无法解码。</translation>
    </message>
    <message>
        <source>the certificate signing request</source>
        <translation>证书签名请求</translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no certificate signing request.</source>
        <extracomment>%1 is a PEM label such as &quot;CERTIFICATE&quot;</extracomment>
        <translation>该文件包含“%1”，但没有证书签名请求。</translation>
    </message>
    <message>
        <source>There is no certificate signing request.</source>
        <translation>没有证书签名请求。</translation>
    </message>
    <message>
        <source>The certificate signing request carries no usable public key.</source>
        <translation>证书签名请求中没有可用的公钥。</translation>
    </message>
    <message>
        <source>The signature of the certificate signing request for &apos;%1&apos; does not verify; the request was altered or damaged.</source>
        <extracomment>%1 is the request&apos;s subject</extracomment>
        <translation>“%1”的证书签名请求的签名验证失败；该请求已被篡改或损坏。</translation>
    </message>
    <message>
        <source>The key in the certificate signing request</source>
        <translation>证书签名请求中的密钥</translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Not a CA</source>
        <translation>非 CA</translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>CA，路径长度 %1</translation>
    </message>
    <message>
        <source>CA, no path length limit</source>
        <translation>CA，无路径长度限制</translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation>数字签名</translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation>不可否认</translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation>密钥加密</translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation>数据加密</translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation>密钥协商</translation>
    </message>
    <message>
        <source>Certificate Sign</source>
        <translation>证书签名</translation>
    </message>
    <message>
        <source>CRL Sign</source>
        <translation>CRL 签名</translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation>仅加密</translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation>仅解密</translation>
    </message>
    <message>
        <source>TLS server authentication</source>
        <translation>TLS 服务器身份验证</translation>
    </message>
    <message>
        <source>TLS client authentication</source>
        <translation>TLS 客户端身份验证</translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation>代码签名</translation>
    </message>
    <message>
        <source>Email protection</source>
        <translation>电子邮件保护</translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation>OCSP 签名</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation>密钥泄露</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA 泄露</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>隶属关系变更</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>已被取代</translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation>停止运营</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>权限撤销</translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation>AA 泄露</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation>没有要验证的证书。</translation>
    </message>
    <message>
        <source>There is no trusted CA certificate to verify against.</source>
        <translation>没有可用于验证的受信任 CA 证书。</translation>
    </message>
    <message>
        <source>Could not set up certificate verification.</source>
        <translation>无法设置证书验证。</translation>
    </message>
    <message>
        <source>The certificate chain does not verify at &apos;%1&apos; (depth %2): %3.</source>
        <extracomment>%1 is a certificate&apos;s name, %2 its position in the chain (0 = the certificate itself), %3 OpenSSL&apos;s reason</extracomment>
        <translation>证书链在“%1”（深度 %2）处验证失败：%3。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Shows this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>Placeholder in --help: a folder</extracomment>
        <translation>目录</translation>
    </message>
    <message>
        <source>Prints the result as JSON (see docs/cli.md).</source>
        <translation>以 JSON 格式输出结果（参见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>Does not ask for confirmation (needed when there is no terminal).</source>
        <translation>不询问确认（没有终端时需要此选项）。</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>First line of --help; %1 is the command and its argument syntax</extracomment>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <extracomment>%1 is the first argument that was not expected</extracomment>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <extracomment>%1 is a command such as &quot;iotca ca create&quot;</extracomment>
        <translation>请尝试“%1 --help”以获取更多信息。</translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <extracomment>%1 is an option such as --name</extracomment>
        <translation>必须提供选项 --%1。</translation>
    </message>
    <message>
        <source>The option --%1 needs a positive whole number, not &apos;%2&apos;.</source>
        <extracomment>%1 is an option such as --days, %2 what the user gave</extracomment>
        <translation>选项 --%1 需要一个正整数，而不是“%2”。</translation>
    </message>
    <message>
        <source>Works on the workspace in &lt;dir&gt;, or on the team workspace postgresql://user@host:port/database (default: $IOTCA_WORKSPACE, else the desktop app&apos;s workspace).</source>
        <translation>处理 &lt;dir&gt; 中的工作区，或团队工作区 postgresql://user@host:port/database（默认：$IOTCA_WORKSPACE，否则为桌面应用的工作区）。</translation>
    </message>
</context>
<context>
    <name>CliCommandGroup</name>
    <message>
        <source>Commands:</source>
        <extracomment>Heading of the list of sub-commands in --help</extracomment>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <extracomment>%1 is a command such as &quot;iotca ca&quot;</extracomment>
        <translation>运行“%1 &lt;命令&gt; --help”查看某个命令的选项。</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>要运行的命令。</translation>
    </message>
    <message>
        <source>&lt;command&gt; [...]</source>
        <translation>&lt;命令&gt; [...]</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;.</source>
        <extracomment>%1 is what the user typed, %2 a command such as &quot;iotca ca&quot;</extracomment>
        <translation>“%1”不是“%2”的命令。</translation>
    </message>
</context>
<context>
    <name>CliWorkspace</name>
    <message>
        <source>There is no workspace in &apos;%1&apos;.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>“%1”中没有工作区。</translation>
    </message>
    <message>
        <source>There is no CA named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation>工作区“%2”中没有名为“%1”的 CA。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in this workspace (%2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept (free text such as &quot;offline&quot;)</extracomment>
        <translation>CA“%1”的私钥不在此工作区中（%2）。</translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; remembered in the keychain did not work: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation>钥匙串中记住的 CA“%1”口令无效：%2</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; needs its passphrase: use --passphrase-file, or run on a terminal.</source>
        <translation>CA“%1”需要口令：请使用 --passphrase-file，或在终端上运行。</translation>
    </message>
    <message>
        <source>Passphrase of the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation>CA“%1”的口令：</translation>
    </message>
    <message>
        <source>Store the role&apos;s password in the keychain with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation>请用以下命令将该角色的密码存入钥匙串：%1</translation>
    </message>
    <message>
        <source>Remove it from the URL and store it with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation>请从 URL 中删除密码，并用以下命令保存：%1</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>details: %1</source>
        <extracomment>Second line of an error message: the technical reasons (OpenSSL&apos;s, a platform&apos;s)</extracomment>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 is a sentence</extracomment>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <extracomment>Appended to a yes/no question on the terminal; &quot;N&quot; is the default</extracomment>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Accepted answers to a yes/no question, besides &quot;y&quot; and &quot;yes&quot;; separate several with &apos;|&apos;</extracomment>
        <translation>是|是的|好</translation>
    </message>
</context>
<context>
    <name>CrlBuilder</name>
    <message>
        <source>Could not build the certificate revocation list.</source>
        <translation>无法生成证书吊销列表。</translation>
    </message>
    <message>
        <source>A CRL needs the CA certificate and the CA key.</source>
        <translation>CRL 需要 CA 证书和 CA 密钥。</translation>
    </message>
    <message>
        <source>The CRL number must be 1 or more.</source>
        <translation>CRL 编号必须大于或等于 1。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; may not sign CRLs: its keyUsage lacks cRLSign.</source>
        <extracomment>%1 is a certificate subject</extracomment>
        <translation>CA“%1”不能签发 CRL：其 keyUsage 不含 cRLSign。</translation>
    </message>
    <message>
        <source>The key does not match the CA certificate &apos;%1&apos;.</source>
        <translation>密钥与 CA 证书“%1”不匹配。</translation>
    </message>
    <message>
        <source>Could not sign the certificate revocation list.</source>
        <translation>无法对证书吊销列表签名。</translation>
    </message>
</context>
<context>
    <name>CrlPublisher</name>
    <message>
        <source>Cannot write the CRL of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>无法将 CA“%1”的 CRL 写入“%2”。</translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message numerus="yes">
        <source>%1: valid, %n row(s).</source>
        <extracomment>%1 is a file, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1：有效，共 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown.</source>
        <extracomment>%n further problems that were not listed</extracomment>
        <translation>
            <numerusform>另有 %n 个问题未显示。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks, creates and splits device-association CSV files.</source>
        <translation>检查、创建和拆分设备关联 CSV 文件。</translation>
    </message>
    <message>
        <source>Checks an association CSV before the platform sees it.</source>
        <translation>在提交到平台之前检查关联 CSV。</translation>
    </message>
    <message>
        <source>Writes an empty association CSV with its header.</source>
        <translation>写入一个仅含表头的空关联 CSV。</translation>
    </message>
    <message>
        <source>Splits an association CSV into files of at most 10,000 rows.</source>
        <translation>将关联 CSV 拆分为每个最多 10,000 行的文件。</translation>
    </message>
    <message>
        <source>Also checks that every CertSN is a device certificate this CA issued for the row&apos;s product and device.</source>
        <translation>同时检查每个 CertSN 是否为此 CA 为该行的产品和设备签发的设备证书。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation>CSV 文件。</translation>
    </message>
    <message>
        <source>Checks an association CSV (ProductKey,DeviceName,CertSN). Exit code 0 when it is valid, 1 when it has problems.</source>
        <translation>检查关联 CSV（ProductKey,DeviceName,CertSN）。有效时退出码为 0，有问题时为 1。</translation>
    </message>
    <message>
        <source>Writes an association CSV with only its header row, ready to fill in.</source>
        <translation>写入一个只有表头行的关联 CSV，可直接填写。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在。</translation>
    </message>
    <message>
        <source>Wrote the template &apos;%1&apos;.</source>
        <translation>已写入模板“%1”。</translation>
    </message>
    <message>
        <source>The folder for the parts (default: the file&apos;s folder).</source>
        <translation>各部分文件所在的文件夹（默认：该文件所在的文件夹）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Rows per part (default 10000).</source>
        <translation>每部分的行数（默认 10000）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>The CSV file to split.</source>
        <translation>要拆分的 CSV 文件。</translation>
    </message>
    <message>
        <source>Splits an association CSV into parts of at most 10,000 rows (FILE-part-001.csv, ...). Writes nothing when the rows have problems.</source>
        <translation>将关联 CSV 拆分为每个最多 10,000 行的部分（FILE-part-001.csv, ...）。如果行中存在问题，则不写入任何文件。</translation>
    </message>
    <message>
        <source>The platform accepts at most 10,000 rows per file.</source>
        <translation>平台每个文件最多接受 10,000 行。</translation>
    </message>
    <message>
        <source>The CSV file to write (or give it as FILE).</source>
        <translation>要写入的 CSV 文件（也可以作为 FILE 参数给出）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The CSV file to write (or use --out).</source>
        <translation>要写入的 CSV 文件（也可以使用 --out）。</translation>
    </message>
    <message>
        <source>Give the file to write either with --out or as FILE, not both.</source>
        <translation>请用 --out 或 FILE 参数之一给出要写入的文件，不要同时使用两者。</translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown.</source>
        <extracomment>%n further warnings that were not listed</extracomment>
        <translation>
            <numerusform>另有 %n 条警告未显示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the association CSV of the devices a CA has recorded.</source>
        <translation>写出某个 CA 已记录设备的关联 CSV。</translation>
    </message>
</context>
<context>
    <name>CsvDiagnostic</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number, %2 the problem</extracomment>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 is a line number, %2 a column name such as CertSN, %3 the problem</extracomment>
        <translation>第 %1 行，%2 列：%3</translation>
    </message>
</context>
<context>
    <name>CsvExportCommand</name>
    <message>
        <source>The CA whose recorded devices to list.</source>
        <translation>要列出其已记录设备的 CA。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Only the devices of this product (needed when the CA&apos;s devices belong to several products).</source>
        <translation>只导出此产品的设备（CA 的设备属于多个产品时必须指定）。</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>The CSV file to write (must not exist; above 10,000 devices FILE-part-001.csv, ...).</source>
        <translation>要写入的 CSV 文件（不得已存在；超过 10,000 台设备时写为 FILE-part-001.csv 等）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Writes the association CSV (ProductKey,DeviceName,CertSN) of the device certificates a CA has recorded in the workspace: all files or none.</source>
        <translation>写出某个 CA 在工作区中已记录的设备证书的关联 CSV（ProductKey,DeviceName,CertSN）：要么写入全部文件，要么一个也不写。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the association CSV of %n device(s) of the product &apos;%1&apos; from the CA &apos;%2&apos;:</source>
        <extracomment>%n devices, %1 a product, %2 a CA name</extracomment>
        <translation>
            <numerusform>已写出 CA“%2”下产品“%1”的 %n 台设备的关联 CSV：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file could not be read after %1 bytes.</source>
        <translation>读取 %1 字节后无法继续读取 CSV 文件。</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <translation>该文件是 UTF-16 文本而不是 UTF-8；请将其另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重试。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 has bytes that are not valid UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <extracomment>%1 is a line number</extracomment>
        <translation>该文件不是 UTF-8 文本：第 %1 行含有无效的 UTF-8 字节；请将其另存为 UTF-8（在 Excel 中选择“CSV UTF-8”）后重试。</translation>
    </message>
    <message>
        <source>The file is not a CSV text file: line %1 contains binary data.</source>
        <translation>该文件不是 CSV 文本文件：第 %1 行包含二进制数据。</translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>No key was given to sign with.</source>
        <translation>没有提供用于签名的密钥。</translation>
    </message>
    <message>
        <source>The signature could not be started.</source>
        <translation>无法开始签名。</translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation>无法生成签名。</translation>
    </message>
    <message>
        <source>The certificate has no public key to verify with.</source>
        <translation>该证书没有可用于验证的公钥。</translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation>无法检查签名。</translation>
    </message>
    <message>
        <source>The signature does not verify with the certificate&apos;s key.</source>
        <translation>用该证书的密钥无法验证此签名。</translation>
    </message>
</context>
<context>
    <name>DeviceArchiveWriter</name>
    <message>
        <source>Cannot write the archive &apos;%1&apos;: %2.</source>
        <extracomment>%1 is the archive, %2 the system&apos;s reason</extracomment>
        <translation>无法写入归档文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>归档文件“%1”已存在；不会覆盖它。</translation>
    </message>
    <message>
        <source>The temporary file &apos;%1&apos; exists: another run may be writing this archive. Remove it if none is.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>临时文件“%1”已存在：可能有另一次运行正在写入此归档文件。如果没有，请删除它。</translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; appeared while it was written; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>归档文件“%1”在写入期间出现；不会覆盖它。</translation>
    </message>
</context>
<context>
    <name>DeviceBatchRefusals</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a certificate serial number, %2 why the platform refused it</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateCommands</name>
    <message>
        <source>Several CAs issued a certificate with the serial %1; say which with --ca.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>有多个 CA 签发过序列号为 %1 的证书；请用 --ca 指明是哪一个。</translation>
    </message>
    <message>
        <source>No device certificate with the serial %1 is recorded here.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>此处没有记录序列号为 %1 的设备证书。</translation>
    </message>
    <message>
        <source>Shows one device certificate with its status and history.</source>
        <translation>显示一个设备证书及其状态和历史。</translation>
    </message>
    <message>
        <source>Writes one device certificate (PEM or DER, with its chain).</source>
        <translation>写出一个设备证书（PEM 或 DER，可带证书链）。</translation>
    </message>
    <message>
        <source>Revokes device certificates (the CA&apos;s next CRL lists them).</source>
        <translation>吊销设备证书（CA 的下一份 CRL 会列出它们）。</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name (default: any CA).</source>
        <translation>签发 CA 的名称（默认：任意 CA）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number.</source>
        <translation>证书的序列号。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Shows a device certificate: subject, serial, validity, extensions, fingerprints, status (platform and revocation) and the audit entries that name it.</source>
        <translation>显示设备证书：主题、序列号、有效期、扩展、指纹、状态（平台状态和吊销状态）以及提到它的审计记录。</translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <extracomment>%1 is a date and time, %2 an RFC 5280 reason name</extracomment>
        <translation>已于 %1 吊销（%2）</translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation>未吊销</translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Labels of `iotca device show`</extracomment>
        <translation>设备</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>签发者</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <source>Not after</source>
        <translation>失效时间</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本约束</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>密钥用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>扩展密钥用法</translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation>备用名称</translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation>主题密钥标识符</translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation>授权密钥标识符</translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation>SHA-1</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史：</translation>
    </message>
    <message>
        <source>pem (default) or der.</source>
        <translation>pem（默认）或 der。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Appends the CA chain up to the root (PEM only), as TLS clients send it.</source>
        <translation>追加直到根 CA 的证书链（仅 PEM），与 TLS 客户端发送的一致。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Writes one device certificate (never its key) to a file.</source>
        <translation>将一个设备证书（从不包括其密钥）写入文件。</translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use pem or der.</source>
        <translation>未知的格式“%1”；请使用 pem 或 der。</translation>
    </message>
    <message>
        <source>A chain is written as PEM; --format der cannot go with --chain.</source>
        <translation>证书链以 PEM 格式写入；--format der 不能与 --chain 同时使用。</translation>
    </message>
    <message>
        <source>The chain ends at &apos;%1&apos;: its issuer is not in this workspace.</source>
        <translation>证书链止于“%1”：其签发者不在此工作区中。</translation>
    </message>
    <message>
        <source>Wrote the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation>已将设备证书 %1 写入“%2”。</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>Serial numbers to revoke (comma-separated, or repeat the option).</source>
        <translation>要吊销的序列号（用逗号分隔，或重复此选项）。</translation>
    </message>
    <message>
        <source>serials</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Revokes the CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation>吊销此关联 CSV 中每一行的 CertSN（每一行都必须对应该 CA 的一个设备证书）。</translation>
    </message>
    <message>
        <source>The RFC 5280 reason: %1 (default unspecified).</source>
        <translation>RFC 5280 吊销原因：%1（默认 unspecified）。</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Revokes device certificates of a CA, all or none; its next CRL (&apos;iotca ca crl&apos;) lists them. Asks first on a terminal; without one, needs --yes.</source>
        <translation>吊销某个 CA 的设备证书，要么全部吊销，要么都不吊销；其下一份 CRL（&apos;iotca ca crl&apos;）会列出它们。会先在终端上询问；没有终端时需要 --yes。</translation>
    </message>
    <message>
        <source>Unknown reason &apos;%1&apos;; use one of %2.</source>
        <translation>未知的原因“%1”；请使用 %2 之一。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n device certificate(s) of the CA &apos;%1&apos;? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>吊销 CA“%1”的 %n 个设备证书吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was revoked.</source>
        <translation>未吊销任何设备证书。</translation>
    </message>
    <message>
        <source>Refusing to revoke device certificates of the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝吊销 CA“%1”的设备证书；请传入 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n device certificate(s) of the CA &apos;%1&apos;; publish a new CRL (iotca ca crl --ca &quot;%1&quot;).</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已吊销 CA“%1”的 %n 个设备证书；请发布新的 CRL（iotca ca crl --ca &quot;%1&quot;）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) are still active on a platform; deactivate them there too (iotca device deactivate --ca &quot;%1&quot; --account ACCOUNT --serial ...).</source>
        <extracomment>%n a number of certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>有 %n 个已吊销证书在平台上仍处于激活状态；请同时在平台上停用它们（iotca device deactivate --ca &quot;%1&quot; --account ACCOUNT --serial ...）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Supersedes</source>
        <extracomment>A re-issued certificate: the serial of the certificate it replaced</extracomment>
        <translation>取代的证书</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateDetails</name>
    <message>
        <source>The CA &apos;%2&apos; has no device certificate with the serial %1.</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation>CA“%2”没有序列号为 %1 的设备证书。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation>无法将设备证书 %1 写入“%2”。</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateHistory</name>
    <message>
        <source>Could not read the device certificates of CA %1.</source>
        <translation>无法读取 CA %1 的设备证书。</translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation>无法读取设备证书。</translation>
    </message>
    <message>
        <source>Could not record the re-issued certificate of the device &apos;%1&apos;.</source>
        <translation>无法记录设备“%1”重新签发的证书。</translation>
    </message>
    <message>
        <source>The certificate %1 is no longer the newest of the device &apos;%2&apos;; re-issue the newest one.</source>
        <extracomment>%1 is a serial number, %2 a device name</extracomment>
        <translation>证书 %1 已不是设备“%2”最新的证书；请重新签发最新的那一张。</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateIssuer</name>
    <message>
        <source>Could not prepare %1 key generation.</source>
        <translation>无法准备 %1 密钥生成。</translation>
    </message>
    <message>
        <source>Could not generate a %1 key.</source>
        <translation>无法生成 %1 密钥。</translation>
    </message>
    <message>
        <source>Could not prepare issuing device certificates from the CA &apos;%1&apos;.</source>
        <translation>无法准备从 CA“%1”签发设备证书。</translation>
    </message>
    <message>
        <source>The certificate signing request is empty.</source>
        <translation>证书签名请求为空。</translation>
    </message>
    <message>
        <source>A device certificate needs a subject name.</source>
        <translation>设备证书需要主题名称。</translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation>无法创建证书。</translation>
    </message>
    <message>
        <source>Could not set the device&apos;s public key.</source>
        <translation>无法设置设备的公钥。</translation>
    </message>
    <message>
        <source>Could not encode the certificate.</source>
        <translation>无法编码证书。</translation>
    </message>
    <message>
        <source>Could not encode the device key.</source>
        <translation>无法编码设备密钥。</translation>
    </message>
    <message>
        <source>The earlier certificate has no public key to issue for.</source>
        <translation>原证书中没有可用于签发的公钥。</translation>
    </message>
    <message>
        <source>The key of the earlier certificate</source>
        <translation>原证书的密钥</translation>
    </message>
    <message>
        <source>Could not encode the device&apos;s name or public key.</source>
        <translation>无法编码设备的名称或公钥。</translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation>无法添加主题备用名称。</translation>
    </message>
    <message>
        <source>A certificate serial number must be positive.</source>
        <translation>证书序列号必须为正数。</translation>
    </message>
    <message>
        <source>Could not read the device&apos;s public key.</source>
        <translation>无法读取设备的公钥。</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateRepository</name>
    <message>
        <source>Could not read the CA %1.</source>
        <translation>无法读取 CA %1。</translation>
    </message>
    <message>
        <source>There is no CA with id %1 in this workspace.</source>
        <translation>此工作区中没有 ID 为 %1 的 CA。</translation>
    </message>
    <message>
        <source>Could not add the device certificates to the workspace.</source>
        <translation>无法将设备证书添加到工作区。</translation>
    </message>
    <message>
        <source>Certificate %1 (device &apos;%3&apos;): &apos;%2&apos; is not a hexadecimal serial number.</source>
        <extracomment>%1 is a position in a list, %2 the text given as serial number, %3 a device name</extracomment>
        <translation>证书 %1（设备“%3”）：“%2”不是十六进制序列号。</translation>
    </message>
    <message>
        <source>Certificate %1 (serial %2) lacks a device name, the certificate or its end of validity.</source>
        <translation>证书 %1（序列号 %2）缺少设备名称、证书或有效期截止时间。</translation>
    </message>
    <message>
        <source>Certificate %1: the CA already has a certificate with serial number %2.</source>
        <translation>证书 %1：该 CA 已有序列号为 %2 的证书。</translation>
    </message>
    <message>
        <source>Certificate %1: product &apos;%2&apos; already has a device named &apos;%3&apos;.</source>
        <extracomment>%2 is a product key, %3 a device name</extracomment>
        <translation>证书 %1：产品“%2”已有名为“%3”的设备。</translation>
    </message>
    <message>
        <source>Could not change the status of the device certificates of CA %1.</source>
        <translation>无法更改 CA %1 的设备证书状态。</translation>
    </message>
    <message>
        <source>Could not change the status of device certificates of CA %1.</source>
        <translation>无法更改 CA %1 的设备证书状态。</translation>
    </message>
    <message>
        <source>The CA %1 has no device certificate with serial number &apos;%2&apos;.</source>
        <translation>CA %1 没有序列号为“%2”的设备证书。</translation>
    </message>
    <message>
        <source>Could not record the export of device certificates of CA %1.</source>
        <translation>无法记录 CA %1 的设备证书导出。</translation>
    </message>
    <message>
        <source>Could not read the device certificates of CA %1.</source>
        <translation>无法读取 CA %1 的设备证书。</translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation>无法读取设备证书。</translation>
    </message>
    <message>
        <source>Could not count the device certificates.</source>
        <translation>无法统计设备证书数量。</translation>
    </message>
    <message>
        <source>Could not count the device certificates of CA %1.</source>
        <translation>无法统计 CA %1 的设备证书数量。</translation>
    </message>
    <message>
        <source>Could not delete device certificates of CA %1.</source>
        <translation>无法删除 CA %1 的设备证书。</translation>
    </message>
    <message numerus="yes">
        <source>The CA %1 has no device certificate with serial number(s) %2; nothing was deleted.</source>
        <extracomment>%1 is a CA id, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>CA %1 没有序列号为 %2 的设备证书；未删除任何证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record what the platform said about the device certificates of CA %1.</source>
        <translation>无法记录平台对 CA %1 的设备证书的说法。</translation>
    </message>
    <message>
        <source>Could not record the platform&apos;s ids of the device certificates of CA %1.</source>
        <translation>无法记录平台为 CA %1 的设备证书分配的 ID。</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateStatus</name>
    <message>
        <source>Issued</source>
        <extracomment>Status of a device certificate: issued here, not yet associated with a device on a platform</extracomment>
        <translation>已签发</translation>
    </message>
    <message>
        <source>Associated</source>
        <extracomment>Status of a device certificate: associated with its device on a platform</extracomment>
        <translation>已关联</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <extracomment>Status of a device certificate</extracomment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Status of a device certificate</extracomment>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateTemplate</name>
    <message>
        <source>Could not prepare the device certificate template.</source>
        <translation>无法准备设备证书模板。</translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number or validity cannot be encoded.</source>
        <translation>无法编码证书的序列号或有效期。</translation>
    </message>
    <message>
        <source>Could not compute the subject key identifier.</source>
        <translation>无法计算主题密钥标识符。</translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation>无法对证书签名。</translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The product key (Alibaba) or product ID (Tencent).</source>
        <translation>产品密钥 ProductKey（阿里云）或产品 ID（腾讯云）。</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>File names and subject rules: %1 (default generic).</source>
        <translation>文件名和主题规则：%1（默认 generic）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The output folder (created owner-only; must not hold files of the same names).</source>
        <translation>输出文件夹（创建为仅所有者可访问；不得包含同名文件）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Also writes the association CSV (split per 10,000 devices).</source>
        <translation>同时写入关联 CSV（每 10,000 个设备拆分一个文件）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>工作线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>Devices per transaction (default 512).</source>
        <translation>每个事务的设备数（默认 512）。</translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation>从 &lt;file&gt; 的第一行读取 CA 的口令。</translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of profiles</extracomment>
        <translation>未知配置“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Give exactly one of --names, --names-file and --count.</source>
        <translation>--names、--names-file 和 --count 必须且只能指定一个。</translation>
    </message>
    <message>
        <source>Issues and lists device certificates.</source>
        <translation>签发和列出设备证书。</translation>
    </message>
    <message>
        <source>Issues device keys and certificates in bulk.</source>
        <translation>批量签发设备密钥和证书。</translation>
    </message>
    <message>
        <source>Signs the devices&apos; own certificate requests in bulk.</source>
        <translation>批量签署设备自己的证书请求。</translation>
    </message>
    <message>
        <source>Lists the device certificates of a CA.</source>
        <translation>列出 CA 的设备证书。</translation>
    </message>
    <message>
        <source>Comma-separated device names.</source>
        <translation>以逗号分隔的设备名称。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>Device names, one per line.</source>
        <translation>设备名称，每行一个。</translation>
    </message>
    <message>
        <source>Number of devices to name with --name-prefix.</source>
        <translation>使用 --name-prefix 命名的设备数量。</translation>
    </message>
    <message>
        <source>Prefix of numbered device names.</source>
        <translation>编号设备名称的前缀。</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>The device key type (default ec:P-256; rsa:2048 for alibaba-iot).</source>
        <translation>设备密钥类型（默认 ec:P-256；alibaba-iot 为 rsa:2048）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation>未知密钥类型“%1”。</translation>
    </message>
    <message>
        <source>Issuing device certificates</source>
        <translation>正在签发设备证书</translation>
    </message>
    <message>
        <source>Folder of certificate requests (*.csr, *.req, *.pem, *.der); each file&apos;s base name is the device name.</source>
        <translation>证书请求文件夹（*.csr、*.req、*.pem、*.der）；每个文件的基本名称即为设备名称。</translation>
    </message>
    <message>
        <source>Signs a certificate for each request in a folder after verifying its signature, records them in the workspace and writes the association CSV.</source>
        <translation>验证文件夹中每个请求的签名后为其签署证书，记录到工作区，并写入关联 CSV。</translation>
    </message>
    <message>
        <source>Signing device certificates</source>
        <translation>正在签署设备证书</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no device certificate was deleted.</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 有 %n 个问题；未删除任何设备证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>A serial number to delete (repeat the option or separate with commas).</source>
        <translation>要删除的序列号（可重复该选项，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Deletes the CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation>删除此关联 CSV 中每一行的 CertSN（每一行都必须对应该 CA 的一个设备证书）。</translation>
    </message>
    <message>
        <source>Give either --serial or --csv.</source>
        <translation>请给出 --serial 或 --csv 之一。</translation>
    </message>
    <message>
        <source>--serial needs at least one serial number.</source>
        <translation>--serial 至少需要一个序列号。</translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has no device certificate with serial number(s) %2; nothing was deleted.</source>
        <extracomment>%1 is a CA name, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>CA“%1”没有序列号为 %2 的设备证书；未删除任何证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of the CA &apos;%1&apos; from the workspace? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>要从工作区删除 CA“%1”的 %n 个设备证书吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was deleted.</source>
        <translation>未删除任何设备证书。</translation>
    </message>
    <message>
        <source>Refusing to delete device certificates of the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝删除 CA“%1”的设备证书；请传入 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) of the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已删除 CA“%1”的 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes device certificates from the workspace, or with --account on the platform.</source>
        <translation>从工作区删除设备证书；使用 --account 时改为在平台上删除。</translation>
    </message>
    <message>
        <source>Activates device certificates on a platform account.</source>
        <translation>在平台账号上激活设备证书。</translation>
    </message>
    <message>
        <source>Deactivates device certificates on a platform account.</source>
        <translation>在平台账号上停用设备证书。</translation>
    </message>
    <message>
        <source>Lists the device certificates a platform knows for a CA.</source>
        <translation>列出平台上已知的某个 CA 的设备证书。</translation>
    </message>
    <message>
        <source>Deletes them on this platform account instead; the workspace keeps them, marked Deleted.</source>
        <translation>改为在此平台账号上删除；工作区保留这些证书，并将其标记为“已删除”。</translation>
    </message>
    <message>
        <source>Deletes device certificates from the workspace (not from a platform), all or none. With --account, deletes them on that platform account instead and marks them Deleted in the workspace. Asks first on a terminal; without one, needs --yes.</source>
        <translation>从工作区（而非平台）删除设备证书，要么全部删除，要么全不删除。使用 --account 时，改为在该平台账号上删除，并在工作区中将其标记为“已删除”。在终端上会先询问；没有终端时需要 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no device certificate was changed.</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 有 %n 个问题；未更改任何设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has no device certificate with serial number(s) %2; nothing was changed.</source>
        <extracomment>%1 is a CA name, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>CA“%1”没有序列号为 %2 的设备证书；未做任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes what devices need to connect (connection.json, README).</source>
        <translation>写出设备连接所需信息（connection.json、README）。</translation>
    </message>
    <message>
        <source>the device name &apos;%1&apos; is already on line %2</source>
        <extracomment>%1 is a device name, %2 a line number</extracomment>
        <translation>设备名称“%1”已在第 %2 行出现</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <extracomment>%1 is a file, %2 a line number, %3 what is wrong (a sentence)</extracomment>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>The names file &apos;%1&apos; lists no device name.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>名称文件“%1”中没有任何设备名称。</translation>
    </message>
    <message>
        <source>Registers device certificates on a platform account (Tencent, AWS).</source>
        <translation>在平台账号上注册设备证书（腾讯云、AWS）。</translation>
    </message>
    <message>
        <source>Validity in days (default %1).</source>
        <translation>有效期天数（默认 %1）。</translation>
    </message>
    <message>
        <source>Then registers the new device certificates on --account (Tencent, AWS: like device register).</source>
        <translation>随后在 --account 上注册新的设备证书（腾讯云、AWS：同 device register）。</translation>
    </message>
    <message>
        <source>The platform account the devices connect to: connection.json and CONNECTION-README.txt are written beside the device files.</source>
        <translation>设备所连接的平台账号：在设备文件旁写出 connection.json 和 CONNECTION-README.txt。</translation>
    </message>
    <message>
        <source>Issues a key and a certificate for each device, writes them with the profile&apos;s file names, records them in the workspace and writes the association CSV. With --account A, also writes what the devices need to connect to A&apos;s platform; with --register, then registers them on A.</source>
        <translation>为每台设备签发密钥和证书，按配置文件的命名规则写出，记录到工作区并写出关联 CSV。使用 --account A 时，还写出设备连接 A 的平台所需的信息；使用 --register 时，随后在 A 上注册这些证书。</translation>
    </message>
    <message>
        <source>--register needs --account.</source>
        <translation>--register 需要 --account。</translation>
    </message>
    <message>
        <source>Connection details: %1</source>
        <extracomment>%1 is a list of files</extracomment>
        <translation>连接信息：%1</translation>
    </message>
    <message>
        <source>Issues a new certificate for a device (same or new key).</source>
        <translation>为设备签发新证书（沿用原密钥或使用新密钥）。</translation>
    </message>
    <message>
        <source>Lists the device certificates of a CA, by serial, with their state: revoked, expired, expiring (within 30 days, or --expiring days) or valid; then what the platform said at the last sync (platform:STATE), or DIFFERS:STATE where the workspace and the platform disagree; last &apos;superseded&apos; where a newer, unrevoked certificate of the same device (a re-issue) replaced it.</source>
        <translation>按序列号列出 CA 的设备证书及其状态：revoked（已吊销）、expired（已过期）、expiring（30 天内或 --expiring 天内到期）或 valid（有效）；然后是上次同步时平台报告的状态（platform:状态），工作区与平台不一致时显示 DIFFERS:状态；若同一设备有更新且未吊销的证书（重新签发）替换了它，行末显示 &apos;superseded&apos;。</translation>
    </message>
    <message>
        <source>--archive holds the files and the CSV: give neither --out nor --csv.</source>
        <translation>--archive 已包含文件和 CSV：请勿再指定 --out 或 --csv。</translation>
    </message>
    <message>
        <source>Writes one ZIP archive instead of --out and --csv: every device&apos;s files, the association CSV and SHA256SUMS. All or nothing.</source>
        <translation>写入一个 ZIP 归档文件以代替 --out 和 --csv：包含每台设备的文件、关联 CSV 和 SHA256SUMS。要么全部完成，要么什么都不做。</translation>
    </message>
    <message>
        <source>file.zip</source>
        <translation>file.zip</translation>
    </message>
    <message>
        <source>--account writes files beside the device files: it cannot be combined with --archive.</source>
        <translation>--account 会在设备文件旁写入文件：不能与 --archive 一起使用。</translation>
    </message>
</context>
<context>
    <name>DeviceConnectionCommand</name>
    <message>
        <source>The CA whose devices connect.</source>
        <translation>其设备要连接的 CA。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>Folder for connection.json and CONNECTION-README.txt (e.g. beside the device files).</source>
        <translation>connection.json 和 CONNECTION-README.txt 的输出文件夹（例如放在设备文件旁边）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Writes what a device needs to connect to the account&apos;s platform with a certificate of the CA: broker host and port, the server chain to trust, client id and user name rules, each with its source. Nothing is sent.</source>
        <translation>写出设备使用该 CA 签发的证书连接账号所在平台所需的信息：服务端主机和端口、需信任的服务器证书链、客户端 ID 和用户名规则，并注明各自来源。不发送任何内容。</translation>
    </message>
    <message>
        <source>Wrote the connection details to &apos;%1&apos;:</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>已将连接信息写入“%1”：</translation>
    </message>
</context>
<context>
    <name>DeviceConnectionDetails</name>
    <message>
        <source>not stated by the platform&apos;s documents used here</source>
        <translation>本文所用的平台文档中未说明</translation>
    </message>
    <message>
        <source>TLS with the device certificate (mutual authentication); China (Shanghai) only. On the first connection the platform sends the device its ProductKey and DeviceName on /ext/auth/identity/response.</source>
        <translation>使用设备证书的 TLS（双向认证）；仅限华东 2（上海）。首次连接时，平台在 /ext/auth/identity/response 上向设备下发其 ProductKey 和 DeviceName。</translation>
    </message>
    <message>
        <source>the platform&apos;s root certificate, http://aliyun-iot.oss-cn-hangzhou.aliyuncs.com/cert_pub/root.crt</source>
        <translation>平台的根证书，http://aliyun-iot.oss-cn-hangzhou.aliyuncs.com/cert_pub/root.crt</translation>
    </message>
    <message>
        <source>clientId|securemode=2,signmethod=hmacsha1,timestamp=…| (clientId: the MAC or serial number recommended, at most 64 characters)</source>
        <translation>clientId|securemode=2,signmethod=hmacsha1,timestamp=…|（clientId 建议使用 MAC 地址或序列号，最多 64 个字符）</translation>
    </message>
    <message>
        <source>DeviceName&amp;ProductKey (empty strings on the first connection)</source>
        <translation>DeviceName&amp;ProductKey（首次连接时为空字符串）</translation>
    </message>
    <message>
        <source>empty (not checked with X.509)</source>
        <translation>空（使用 X.509 时不校验）</translation>
    </message>
    <message>
        <source>TLS 1.2 with the device certificate (Enterprise Platinum Edition). The TLS port is %1. In a VPC: &lt;InstanceId&gt;-internal-vpc.mqtt.aliyuncs.com. The broker registers the device certificate on its first connection.</source>
        <translation>使用设备证书的 TLS 1.2（企业铂金版）。TLS 端口%1。VPC 内：&lt;InstanceId&gt;-internal-vpc.mqtt.aliyuncs.com。设备首次连接时，服务端注册其设备证书。</translation>
    </message>
    <message>
        <source>the CA of the server certificate the instance uses (you host it in Certificate Management Service)</source>
        <translation>实例所用服务器证书的 CA（由您托管在证书管理服务中）</translation>
    </message>
    <message>
        <source>GroupID@@@DeviceID; the Group ID starts with GID_ or GID- and has 7 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>GroupID@@@DeviceID；Group ID 以 GID_ 或 GID- 开头，由 7 到 64 个字母、数字、&apos;-&apos; 或 &apos;_&apos; 组成</translation>
    </message>
    <message>
        <source>TLS with the device certificate (certificate authentication).</source>
        <translation>使用设备证书的 TLS（证书认证）。</translation>
    </message>
    <message>
        <source>ProductID followed directly by DeviceName</source>
        <translation>ProductID 后直接接 DeviceName</translation>
    </message>
    <message>
        <source>The host is the account&apos;s iot:Data-ATS endpoint (aws iot describe-endpoint --endpoint-type iot:Data-ATS). MQTT with an X.509 client certificate: port 8883, or 443 with the ALPN protocol x-amzn-mqtt-ca. TLS 1.2 or 1.3, with SNI.</source>
        <translation>主机为该账号的 iot:Data-ATS 端点（aws iot describe-endpoint --endpoint-type iot:Data-ATS）。使用 X.509 客户端证书的 MQTT：端口 8883，或端口 443 并使用 ALPN 协议 x-amzn-mqtt-ca。TLS 1.2 或 1.3，需发送 SNI。</translation>
    </message>
    <message>
        <source>an Amazon Trust Services root CA (the ATS endpoint&apos;s chain is cross-signed by Starfield), https://www.amazontrust.com/repository/</source>
        <translation>Amazon Trust Services 根 CA（ATS 端点的证书链由 Starfield 交叉签名），https://www.amazontrust.com/repository/</translation>
    </message>
    <message>
        <source>none (the certificate authenticates the device)</source>
        <translation>无（由证书认证设备）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Connecting a device to %1 with a certificate of this CA</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation>使用此 CA 签发的证书将设备连接到 %1</translation>
    </message>
    <message>
        <source>Broker: %1, port %2</source>
        <extracomment>%1 is a host name, %2 a port number or &quot;not stated ...&quot;</extracomment>
        <translation>服务端：%1，端口 %2</translation>
    </message>
    <message>
        <source>Server certificate to trust: %1</source>
        <extracomment>%1 describes a CA certificate</extracomment>
        <translation>需信任的服务器证书：%1</translation>
    </message>
    <message>
        <source>The device presents its certificate and key; its CA is %1 (serial %2), in connection.json.</source>
        <extracomment>%1 is a distinguished name, %2 a serial number</extracomment>
        <translation>设备出示其证书和密钥；其 CA 为 %1（序列号 %2），见 connection.json。</translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>用户名：%1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>密码：%1</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation>平台账号“%1”指定了未知平台“%2”。</translation>
    </message>
</context>
<context>
    <name>DeviceJobRunner</name>
    <message numerus="yes">
        <source>Issued %n device certificate(s) for the product &apos;%1&apos; from the CA &apos;%2&apos; into &apos;%3&apos; in %4 s.</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a folder, %4 seconds</extracomment>
        <translation>
            <numerusform>已在 %4 秒内从 CA“%2”为产品“%1”签发 %n 个设备证书，保存到“%3”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Association CSV: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation>关联 CSV：%1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %n device certificate(s) for the product &apos;%1&apos; from the CA &apos;%2&apos; into the archive &apos;%3&apos; in %4 s.</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a file, %4 seconds</extracomment>
        <translation>
            <numerusform>已在 %4 秒内由 CA“%2”为产品“%1”签发 %n 个设备证书，写入归档文件“%3”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceNameRules</name>
    <message>
        <source>The device name &apos;%1&apos; must be 4 to 32 characters long.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>设备名称“%1”的长度必须为 4 到 32 个字符。</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; may only contain letters, digits and _ @ . : -</source>
        <translation>设备名称“%1”只能包含字母、数字和 _ @ . : -</translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; must be 1 to 64 letters, digits and _ @ . : - characters.</source>
        <extracomment>%1 is a product key (Alibaba) or product ID (Tencent)</extracomment>
        <translation>产品“%1”必须由 1 到 64 个字母、数字和 _ @ . : - 字符组成。</translation>
    </message>
    <message>
        <source>No device names were given.</source>
        <translation>未提供任何设备名称。</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is given twice.</source>
        <translation>设备名称“%1”重复出现。</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>腾讯云物联网通信不接受设备名称“%1”：请使用 1 到 48 个字母、数字、&apos;:&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
</context>
<context>
    <name>DeviceProfile</name>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation>阿里云物联网平台</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation>云消息队列 MQTT 版</translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation>腾讯云物联网通信</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>%1 accepts RSA device keys only, not %2.</source>
        <extracomment>%1 is a platform, %2 a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation>%1 仅接受 RSA 设备密钥，不接受 %2。</translation>
    </message>
    <message>
        <source>%1 accepts only device certificates signed with RSA, but the key of the CA &apos;%2&apos; is %3: use an RSA CA.</source>
        <extracomment>%1 is a platform, %2 the CA&apos;s name (its subject), %3 a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation>%1 只接受以 RSA 算法签名的设备证书，但 CA“%2”的密钥是 %3：请使用 RSA CA。</translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>A device certificate&apos;s serial number (repeat the option or separate with commas).</source>
        <translation>设备证书的序列号（可重复此选项或用逗号分隔）。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>The CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation>此关联 CSV 每一行的 CertSN（每一行都必须对应该 CA 的一张设备证书）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Register them inactive (AWS IoT; default: active).</source>
        <translation>以未激活状态注册（AWS IoT；默认：激活）。</translation>
    </message>
    <message>
        <source>Registers device certificates of a registered CA on a platform account (Tencent Cloud IoT Hub: CreateDevice with the certificate; AWS IoT Core: RegisterCertificate with the CA). Safe to run again: a device certificate already on the platform is recorded, not sent again.</source>
        <translation>在平台账号上注册已注册 CA 的设备证书（腾讯云物联网通信：携带证书调用 CreateDevice；AWS IoT Core：携带 CA 调用 RegisterCertificate）。可安全地重复运行：已在平台上的设备证书只会被记录，不会再次发送。</translation>
    </message>
    <message>
        <source>Name the device certificates with exactly one of --serial, --csv or --all.</source>
        <translation>请用 --serial、--csv 或 --all 中的恰好一个指定设备证书。</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %3 already there.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates registered, %3 how many were already there</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上注册 CA“%1”的 %n 张设备证书；%3 张已存在。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a serial number, %2 why it was not registered</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(error code: %1)</source>
        <extracomment>Appended to a refused serial&apos;s line; %1 is the platform&apos;s error code</extracomment>
        <translation>（错误代码：%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n device certificate(s) were not registered; the workspace records only what the platform holds.</source>
        <extracomment>%n is the number of device certificates not registered</extracomment>
        <translation>
            <numerusform>%n 张设备证书未注册；工作区只记录平台上实际存在的内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every device&apos;s current certificate (not revoked, not superseded by a re-issue).</source>
        <translation>每台设备的当前证书（未吊销、未被重新签发取代）。</translation>
    </message>
</context>
<context>
    <name>DeviceRegistrationPrecheck</name>
    <message>
        <source>The account &apos;%1&apos; names an unknown platform.</source>
        <extracomment>%1 is a platform id stored with an account</extracomment>
        <translation>账号“%1”指定了未知平台。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not registered with the platform account &apos;%2&apos;; register it first.</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation>CA“%1”未在平台账号“%2”上注册；请先注册。</translation>
    </message>
</context>
<context>
    <name>DeviceReissue</name>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>有效期必须至少为一天。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no device certificate with the serial %2.</source>
        <extracomment>%1 is a CA name, %2 a serial number</extracomment>
        <translation>CA“%1”没有序列号为 %2 的设备证书。</translation>
    </message>
    <message>
        <source>The certificate %1 of the device &apos;%2&apos; was already re-issued; its newest certificate is %3. Re-issue that one.</source>
        <extracomment>%1 and %3 are serial numbers, %2 a device name</extracomment>
        <translation>设备“%2”的证书 %1 已被重新签发过；其最新证书是 %3。请重新签发那一张。</translation>
    </message>
    <message>
        <source>The certificate %1 was revoked because its key was compromised; a re-issue for the same key would certify that key again. Re-issue it with a new key.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>证书 %1 因密钥泄露已被吊销；为同一密钥重新签发会再次认证该密钥。请使用新密钥重新签发。</translation>
    </message>
    <message>
        <source>The certificate %1 is revoked already; re-issue it without revoking it again.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>证书 %1 已被吊销；重新签发时请勿再次吊销。</translation>
    </message>
    <message>
        <source>The certificate %1 is for a %2 key, which is not issued for any more; re-issue it with a new key.</source>
        <extracomment>%1 is a serial number, %2 a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation>证书 %1 使用 %2 密钥，此类密钥已不再签发；请使用新密钥重新签发。</translation>
    </message>
    <message>
        <source>The output folder &apos;%1&apos; is a file.</source>
        <translation>输出文件夹“%1”是一个文件。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; already exists; choose another folder or move it away.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>文件“%1”已存在；请选择其他文件夹或将其移走。</translation>
    </message>
    <message>
        <source>Cannot re-issue the certificate of the device &apos;%1&apos;: %2</source>
        <extracomment>%1 is a device name, %2 the reason</extracomment>
        <translation>无法重新签发设备“%1”的证书：%2</translation>
    </message>
</context>
<context>
    <name>DeviceReissueCommand</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The serial number of the certificate to re-issue.</source>
        <translation>要重新签发的证书的序列号。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>The folder for the new certificate (and key); its files must not exist yet.</source>
        <translation>新证书（及密钥）的文件夹；其中的目标文件必须尚不存在。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Makes a new key pair for the device (default: the same public key; the device keeps its key).</source>
        <translation>为设备生成新的密钥对（默认：沿用同一公钥，设备保留其密钥）。</translation>
    </message>
    <message>
        <source>The new key&apos;s type (with --new-key; default: the old key&apos;s type).</source>
        <translation>新密钥的类型（与 --new-key 一起使用；默认与原密钥类型相同）。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Also revokes the old certificate (reason superseded).</source>
        <translation>同时吊销原证书（原因：superseded，已被取代）。</translation>
    </message>
    <message>
        <source>File names and key format: %1 (default generic).</source>
        <translation>文件名与密钥格式：%1（默认 generic）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Validity in days (default %1).</source>
        <translation>有效期天数（默认 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation>从 &lt;文件&gt; 的第一行读取 CA 的口令。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Issues a new certificate for the device of a certificate: the same subject, a new serial and validity, for the same public key (or with --new-key a new key, written like &apos;device issue&apos; writes keys). The old certificate stays valid until it expires or is revoked; the new one supersedes it as the device&apos;s current certificate. --revoke-old revokes the old one too (reason superseded); it asks first on a terminal and, without one, needs --yes.</source>
        <translation>为某证书所属的设备签发新证书：主题相同，序列号和有效期为新，沿用同一公钥（或用 --new-key 生成新密钥，写法与 &apos;device issue&apos; 写密钥相同）。原证书在过期或被吊销之前仍然有效；新证书取代它，成为设备的当前证书。--revoke-old 会同时吊销原证书（原因：superseded）；在终端上会先询问，没有终端时需要 --yes。</translation>
    </message>
    <message>
        <source>--key goes with --new-key: the same key keeps its type.</source>
        <translation>--key 须与 --new-key 一起使用：沿用的密钥保持其类型。</translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation>未知密钥类型“%1”。</translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of profiles</extracomment>
        <translation>未知配置“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Re-issue the certificate of the device &apos;%2&apos; and revoke the old certificate %1 (reason superseded)? A device still using it is refused once the CA&apos;s next CRL is published.</source>
        <extracomment>%1 is a serial number, %2 a device name</extracomment>
        <translation>重新签发设备“%2”的证书并吊销原证书 %1（原因：superseded）？CA 发布下一份 CRL 后，仍使用原证书的设备将被拒绝。</translation>
    </message>
    <message>
        <source>Nothing was re-issued or revoked.</source>
        <translation>没有重新签发或吊销任何证书。</translation>
    </message>
    <message>
        <source>Refusing to revoke the old certificate without confirmation; pass --yes.</source>
        <translation>未经确认不会吊销原证书；请加上 --yes。</translation>
    </message>
    <message>
        <source>Re-issued %1: the certificate %2 supersedes %3.</source>
        <extracomment>%1 is product/device, %2 the new serial number, %3 the old one</extracomment>
        <translation>已重新签发 %1：证书 %2 取代 %3。</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation>证书：%1</translation>
    </message>
    <message>
        <source>New key: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation>新密钥：%1</translation>
    </message>
    <message>
        <source>Same key: the device keeps its private key.</source>
        <translation>沿用原密钥：设备保留其私钥。</translation>
    </message>
    <message>
        <source>Revoked %1 (superseded); publish a new CRL (iotca ca crl --ca &quot;%2&quot;).</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation>已吊销 %1（superseded）；请发布新的 CRL（iotca ca crl --ca &quot;%2&quot;）。</translation>
    </message>
    <message>
        <source>%1 stays valid until it expires or is revoked (iotca device revoke --ca &quot;%2&quot; --serial %1 --reason superseded).</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation>%1 在过期或被吊销之前仍然有效（iotca device revoke --ca &quot;%2&quot; --serial %1 --reason superseded）。</translation>
    </message>
</context>
<context>
    <name>DeviceRemoteId</name>
    <message>
        <source>The device certificate %2 of &apos;%1&apos; names no Tencent product, and the account has no default product.</source>
        <extracomment>%1 is a device name, %2 a serial number</extracomment>
        <translation>“%1”的设备证书 %2 未指定腾讯产品，且该账号没有默认产品。</translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform manages device certificates only in its console.</source>
        <translation>阿里云物联网平台仅在其控制台中管理设备证书。</translation>
    </message>
    <message>
        <source>The recorded device certificate %1 lacks what %2 identifies it by.</source>
        <extracomment>%1 is a serial number, %2 a platform name</extracomment>
        <translation>记录的设备证书 %1 缺少 %2 用于识别它的信息。</translation>
    </message>
    <message>
        <source>The workspace has no AWS IoT certificate id for the device certificate %1: it was not registered from this workspace. Register it here (device register) to record it.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>工作区中没有设备证书 %1 的 AWS IoT 证书 ID：它不是从本工作区注册的。请在此注册（device register）以记录其 ID。</translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>IoT CA Desk</source>
        <translation>IoT CA Desk</translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>The name attribute &apos;%1&apos; is unknown; use CN, O, OU, C, ST, L, serialNumber, emailAddress, DC, UID or another standard attribute.</source>
        <extracomment>%1 is an attribute type the user wrote, such as &quot;XY&quot;</extracomment>
        <translation>名称属性“%1”未知；请使用 CN、O、OU、C、ST、L、serialNumber、emailAddress、DC、UID 或其他标准属性。</translation>
    </message>
    <message>
        <source>The name attribute %1 has an empty value.</source>
        <extracomment>%1 is an attribute type such as CN</extracomment>
        <translation>名称属性 %1 的值为空。</translation>
    </message>
    <message>
        <source>The name attribute %1 contains a control character.</source>
        <translation>名称属性 %1 包含控制字符。</translation>
    </message>
    <message>
        <source>The country (C) must be a two-letter ISO 3166 code such as CN or US, not &apos;%1&apos;.</source>
        <extracomment>%1 is the value the user wrote</extracomment>
        <translation>国家（C）必须是两个字母的 ISO 3166 代码，例如 CN 或 US，而不是“%1”。</translation>
    </message>
    <message>
        <source>The name attribute %1 may have at most %2 characters (RFC 5280); it has %3.</source>
        <extracomment>%1 is an attribute type, %2 the allowed length, %3 the actual length</extracomment>
        <translation>名称属性 %1 最多可包含 %2 个字符（RFC 5280）；当前为 %3 个。</translation>
    </message>
    <message>
        <source>The name attribute %1 may only contain letters, digits, spaces and &apos; ( ) + , - . / : = ?; &apos;%2&apos; is not allowed.</source>
        <extracomment>%1 is an attribute type, %2 the offending character</extracomment>
        <translation>名称属性 %1 只能包含字母、数字、空格和 &apos; ( ) + , - . / : = ?；不允许使用“%2”。</translation>
    </message>
    <message>
        <source>hexadecimal (#...) values are not supported</source>
        <translation>不支持十六进制（#...）值</translation>
    </message>
    <message>
        <source>it ends with a lone backslash</source>
        <translation>以单独的反斜杠结尾</translation>
    </message>
    <message>
        <source>its escaped bytes are not valid UTF-8</source>
        <translation>其转义字节不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>The name is empty; give at least a Common Name (CN=...).</source>
        <translation>名称为空；请至少提供一个通用名称（CN=...）。</translation>
    </message>
    <message>
        <source>The name part &apos;%1&apos; is not of the form TYPE=value.</source>
        <extracomment>%1 is a piece of the name the user wrote</extracomment>
        <translation>名称部分“%1”不符合 TYPE=value 格式。</translation>
    </message>
    <message>
        <source>The value of the name attribute %1 is invalid: %2.</source>
        <extracomment>%1 is an attribute type such as CN, %2 the reason</extracomment>
        <translation>名称属性 %1 的值无效：%2。</translation>
    </message>
</context>
<context>
    <name>EmulatorCredentialsParser</name>
    <message>
        <source>The credentials file &apos;%1&apos; cannot be read.</source>
        <translation>无法读取凭据文件“%1”。</translation>
    </message>
    <message>
        <source>A credentials entry is not of the form ID:SECRET.</source>
        <translation>凭据条目不符合 ID:SECRET 格式。</translation>
    </message>
    <message>
        <source>No credentials were given to the emulator.</source>
        <translation>未向模拟器提供任何凭据。</translation>
    </message>
</context>
<context>
    <name>EmulatorMain</name>
    <message>
        <source>Local emulator of the ApsaraMQ for MQTT, Tencent Cloud IoT Hub and AWS IoT Core CA APIs.</source>
        <translation>云消息队列 MQTT 版、腾讯云物联网通信和 AWS IoT Core 的 CA API 本地模拟器。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = a free port).</source>
        <translation>127.0.0.1 上的端口（0 = 任一空闲端口）。</translation>
    </message>
    <message>
        <source>Server certificate (PEM).</source>
        <translation>服务器证书（PEM）。</translation>
    </message>
    <message>
        <source>Server private key (PEM, unencrypted).</source>
        <translation>服务器私钥（PEM，未加密）。</translation>
    </message>
    <message>
        <source>Without --tls-cert: write the throwaway CA certificate clients must trust to FILE.</source>
        <translation>未指定 --tls-cert 时：将客户端必须信任的临时 CA 证书写入 FILE。</translation>
    </message>
    <message>
        <source>Accepted credentials: ID:SECRET[,ID:SECRET...] or @FILE.</source>
        <translation>接受的凭据：ID:SECRET[,ID:SECRET...] 或 @FILE。</translation>
    </message>
    <message>
        <source>Answer the first COUNT API requests with HTTP 503.</source>
        <translation>对前 COUNT 个 API 请求返回 HTTP 503。</translation>
    </message>
    <message>
        <source>Answer the first API request only after MS milliseconds.</source>
        <translation>等待 MS 毫秒后才响应第一个 API 请求。</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must both name readable PEM files.</source>
        <translation>--tls-cert 和 --tls-key 必须都指定可读的 PEM 文件。</translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be read.</source>
        <translation>无法读取 TLS 证书或密钥。</translation>
    </message>
    <message>
        <source>The CA certificate could not be written to &apos;%1&apos;.</source>
        <translation>无法将 CA 证书写入“%1”。</translation>
    </message>
    <message>
        <source>Keep the emulated platforms&apos; state in FILE (JSON): loaded at start, saved after every change.</source>
        <translation>将模拟平台的状态保存在 FILE（JSON）中：启动时加载，每次更改后保存。</translation>
    </message>
</context>
<context>
    <name>EmulatorServer</name>
    <message>
        <source>The emulator cannot listen on 127.0.0.1 port %1.</source>
        <translation>模拟器无法监听 127.0.0.1 的 %1 端口。</translation>
    </message>
</context>
<context>
    <name>EmulatorStateFile</name>
    <message>
        <source>The file is not an emulator state file.</source>
        <translation>该文件不是模拟器状态文件。</translation>
    </message>
    <message>
        <source>The emulator state file has version %1, which this build cannot read.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>模拟器状态文件的版本为 %1，当前构建无法读取。</translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>无法读取模拟器状态文件“%1”。</translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; is not valid JSON.</source>
        <translation>模拟器状态文件“%1”不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The folder of the emulator state file &apos;%1&apos; cannot be created.</source>
        <translation>无法创建模拟器状态文件“%1”所在的文件夹。</translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; cannot be written.</source>
        <translation>无法写入模拟器状态文件“%1”。</translation>
    </message>
</context>
<context>
    <name>ExpiryFilter</name>
    <message>
        <source>Lists only what expires within &lt;days&gt; days, or has expired.</source>
        <translation>只列出在 &lt;days&gt; 天内到期或已过期的项。</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>--expiring needs a whole number of days from 0 to 36500.</source>
        <translation>--expiring 需要 0 到 36500 之间的整数天数。</translation>
    </message>
</context>
<context>
    <name>FileSetWriter</name>
    <message>
        <source>The file &apos;%1&apos; could not be written.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>无法写入文件“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written. Choose an empty folder.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>“%1”已存在；未写入任何文件。请选择一个空文件夹。</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The %1 &apos;%2&apos; is a named pipe (FIFO), not a regular file.</source>
        <extracomment>%1 is a kind of file (&quot;certificate file&quot;), %2 a path</extracomment>
        <translation>%1“%2”是命名管道（FIFO），不是普通文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file.</source>
        <translation>%1“%2”是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a device, not a regular file.</source>
        <translation>%1“%2”是设备，不是普通文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a socket, not a regular file.</source>
        <translation>%1“%2”是套接字，不是普通文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a regular file.</source>
        <translation>%1“%2”不是普通文件。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than %3; it cannot be what is expected here.</source>
        <extracomment>%1 is a kind of file, %2 a path, %3 a size limit (&quot;1 MiB&quot;)</extracomment>
        <translation>%1“%2”大于 %3，不可能是此处所需的内容。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than %3 (%4); it cannot be what is expected here.</source>
        <extracomment>%1 is a kind of file, %2 a path, %3 a size limit (&quot;1 MiB&quot;), %4 the file&apos;s size</extracomment>
        <translation>%1“%2”大于 %3（%4），不可能是此处所需的内容。</translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation>未指定%1。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist.</source>
        <extracomment>%1 is a kind of file, %2 a path</extracomment>
        <translation>%1“%2”不存在。</translation>
    </message>
    <message>
        <source>Cannot read the %1 &apos;%2&apos;: %3.</source>
        <translation>无法读取%1“%2”：%3。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a link to something that does not exist.</source>
        <translation>%1“%2”是指向不存在目标的链接。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is empty.</source>
        <extracomment>%1 is a kind of file, %2 a path</extracomment>
        <translation>%1“%2”为空。</translation>
    </message>
</context>
<context>
    <name>InputKinds</name>
    <message>
        <source>certificate file</source>
        <translation>证书文件</translation>
    </message>
    <message>
        <source>key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation>PKCS#12 文件</translation>
    </message>
    <message>
        <source>certificate request</source>
        <translation>证书请求</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>names file</source>
        <translation>名称文件</translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation>口令文件</translation>
    </message>
    <message>
        <source>secret file</source>
        <translation>密钥文件</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 文件</translation>
    </message>
    <message>
        <source>backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>Size in gibibytes</extracomment>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>key share file</source>
        <translation>密钥份额文件</translation>
    </message>
    <message>
        <source>key backup description</source>
        <translation>密钥备份说明文件</translation>
    </message>
    <message>
        <source>ceremony script</source>
        <translation>仪式脚本</translation>
    </message>
</context>
<context>
    <name>IssuanceIntents</name>
    <message>
        <source>Could not record the devices about to be issued in the workspace.</source>
        <translation>无法在工作区中记录即将签发的设备。</translation>
    </message>
    <message>
        <source>Could not update the devices about to be issued in the workspace.</source>
        <translation>无法在工作区中更新即将签发的设备。</translation>
    </message>
    <message>
        <source>Could not read the devices about to be issued from the workspace.</source>
        <translation>无法从工作区读取即将签发的设备。</translation>
    </message>
    <message>
        <source>Could not mark the issuing job as running.</source>
        <translation>无法将签发任务标记为正在运行。</translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the certificate of the device &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is a device name, %2 a number of attempts</extracomment>
        <translation>尝试 %2 次后仍未能为设备“%1”的证书找到未使用的序列号；未签发任何证书。</translation>
    </message>
    <message>
        <source>Could not read the serial numbers reserved for the devices about to be issued.</source>
        <translation>无法读取为即将签发的设备预留的序列号。</translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the certificate of the CA &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is the name of a CA, %2 a number of attempts</extracomment>
        <translation>尝试 %2 次后仍未能为 CA“%1”的证书找到未使用的序列号；未签发任何证书。</translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the verification certificate for &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is a registration code, %2 a number of attempts</extracomment>
        <translation>尝试 %2 次后仍未能为“%1”的验证证书找到未使用的序列号；未签发任何证书。</translation>
    </message>
    <message>
        <source>Could not mark the issuing job as finished.</source>
        <translation>无法将签发任务标记为已结束。</translation>
    </message>
</context>
<context>
    <name>IssuanceRecovery</name>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <extracomment>%1 is a file, %2 why it was left as it is</extracomment>
        <translation>“%1”（%2）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>could not be removed</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <source>too large to be a device certificate</source>
        <translation>太大，不可能是设备证书</translation>
    </message>
    <message>
        <source>not signed by the CA the issue was for</source>
        <translation>不是由本次签发所用的 CA 签名的</translation>
    </message>
    <message>
        <source>the device is recorded with another certificate</source>
        <translation>该设备已记录了另一张证书</translation>
    </message>
    <message>
        <source>its serial number is recorded for another device</source>
        <translation>其序列号已记录在另一台设备名下</translation>
    </message>
    <message numerus="yes">
        <source>An interrupted bulk issue had signed %n certificate(s) that the workspace did not record; they are recorded now (first: &apos;%1&apos;).</source>
        <extracomment>%n certificates, %1 the first certificate file</extracomment>
        <translation>
            <numerusform>一次被中断的批量签发已签名了 %n 张工作区未记录的证书；现已将其记录（第一张：“%1”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted bulk issue left %n file(s) that hold no recordable certificate (keys without a certificate, unreadable or temporary files); they were removed (first: &apos;%1&apos;).</source>
        <extracomment>%n files, %1 the first of them</extracomment>
        <translation>
            <numerusform>一次被中断的批量签发留下了 %n 个不含可记录证书的文件（没有证书的密钥、无法读取的文件或临时文件）；已将其删除（第一个：“%1”）。</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted bulk issue left %1; it was not changed, check it.</source>
        <extracomment>%1 is a file and the reason it was left as it is</extracomment>
        <translation>一次被中断的批量签发留下了 %1；该文件未被改动，请检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left as they are; the audit log names them.</source>
        <translation>
            <numerusform>另有 %n 个文件保持原样；审计日志中列出了它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) of CA %3</source>
        <extracomment>%1 is a serial number, %2 the kind of certificate (&quot;ca&quot;, &quot;verification&quot;), %3 a CA id</extracomment>
        <translation>CA %3 的 %1（%2）</translation>
    </message>
</context>
<context>
    <name>KeyAlgorithm</name>
    <message>
        <source>RSA %1-bit</source>
        <extracomment>%1 is a number of bits such as 2048</extracomment>
        <translation>RSA %1 位</translation>
    </message>
    <message>
        <source>ECDSA %1</source>
        <extracomment>%1 is a curve name such as P-256</extracomment>
        <translation>ECDSA %1</translation>
    </message>
</context>
<context>
    <name>KeyBackupFolder</name>
    <message>
        <source>&apos;%1&apos; is not the description of a key backup made by this program.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”不是本程序生成的密钥备份说明。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; describes its shares incompletely.</source>
        <translation>“%1”对其份额的描述不完整。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>“%1”不是文件夹。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key backup: it has no &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file name</extracomment>
        <translation>“%1”不是密钥备份：其中没有“%2”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encrypted private key.</source>
        <translation>“%1”不是加密的私钥。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 what is wrong (a sentence)</extracomment>
        <translation>“%1”：%2</translation>
    </message>
</context>
<context>
    <name>KeyBackupReadme</name>
    <message>
        <source>IoT CA Desk: backup of a CA private key</source>
        <translation>IoT CA Desk：CA 私钥备份</translation>
    </message>
    <message>
        <source>CA:                     %1</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA：                    %1</translation>
    </message>
    <message>
        <source>Subject:                %1</source>
        <translation>主题：                  %1</translation>
    </message>
    <message>
        <source>Certificate SHA-256:    %1</source>
        <translation>证书 SHA-256：          %1</translation>
    </message>
    <message>
        <source>Key:                    %1</source>
        <translation>密钥：                  %1</translation>
    </message>
    <message>
        <source>Made:                   %1</source>
        <translation>创建时间：              %1</translation>
    </message>
    <message>
        <source>Passphrase:             split into %2 shares, any %1 of which restore it (share set %3); the shares are kept apart from this medium.</source>
        <extracomment>%1 is the number of shares needed, %2 the number of shares, %3 the share set id</extracomment>
        <translation>口令：                  拆分为 %2 份，其中任意 %1 份即可恢复（份额组 %3）；份额与此介质分开保管。</translation>
    </message>
    <message>
        <source>Passphrase:             chosen at backup time; kept by the officer, not in this folder.</source>
        <translation>口令：                  备份时选定；由负责人保管，不在此文件夹中。</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>  %1  the CA private key, encrypted PKCS#8 (AES-256-CBC; the key from the passphrase by PBKDF2-HMAC-SHA256, 600,000 iterations)</source>
        <translation>  %1  CA 私钥，加密的 PKCS#8（AES-256-CBC；由口令经 PBKDF2-HMAC-SHA256 派生密钥，600,000 次迭代）</translation>
    </message>
    <message>
        <source>  %1  the CA certificate</source>
        <translation>  %1  CA 证书</translation>
    </message>
    <message>
        <source>  %1  what this file says, for programs</source>
        <translation>  %1  本文件内容的机器可读版本</translation>
    </message>
    <message>
        <source>  %1  recombines the shares into the passphrase (Python 3, standard library only)</source>
        <translation>  %1  将份额合并为口令（Python 3，仅用标准库）</translation>
    </message>
    <message>
        <source>Restore with IoT CA Desk</source>
        <translation>使用 IoT CA Desk 恢复</translation>
    </message>
    <message>
        <source>  Bring %1 shares (their text files, or type their lines when asked):</source>
        <extracomment>%1 is the number of shares needed</extracomment>
        <translation>  带上 %1 份份额（其文本文件，或在提示时逐行输入）：</translation>
    </message>
    <message>
        <source>Restore without IoT CA Desk (Python 3 and OpenSSL 1.1.1 or later)</source>
        <translation>不使用 IoT CA Desk 恢复（需要 Python 3 和 OpenSSL 1.1.1 或更高版本）</translation>
    </message>
    <message>
        <source>  1. Recombine the passphrase from %1 shares (files, or type the lines when no file is given):</source>
        <translation>  1. 用 %1 份份额合并出口令（给出文件；未给文件时逐行输入）：</translation>
    </message>
    <message>
        <source>  1. Write the passphrase into the first line of passphrase.txt.</source>
        <translation>  1. 将口令写入 passphrase.txt 的第一行。</translation>
    </message>
    <message>
        <source>  2. Check that the passphrase opens the key and that the key belongs to the certificate: the two lines printed must be equal.</source>
        <translation>  2. 检查口令能打开密钥、且密钥属于该证书：打印出的两行必须相同。</translation>
    </message>
    <message>
        <source>  3. Use the key where it is needed, for example re-encrypted under a new passphrase:</source>
        <translation>  3. 在需要的地方使用该密钥，例如用新口令重新加密：</translation>
    </message>
    <message>
        <source>  4. Destroy passphrase.txt (shred -u passphrase.txt) and keep the key offline.</source>
        <translation>  4. 销毁 passphrase.txt（shred -u passphrase.txt），并离线保管密钥。</translation>
    </message>
    <message>
        <source>The share format and its arithmetic (Shamir&apos;s scheme over GF(2^8) with the AES polynomial x^8+x^4+x^3+x+1) are described in recombine_shares.py and in IoT CA Desk&apos;s docs/ceremony.md, section &quot;Key custody&quot;.</source>
        <translation>份额格式及其运算（基于 GF(2^8)、AES 多项式 x^8+x^4+x^3+x+1 的 Shamir 方案）见 recombine_shares.py 以及 IoT CA Desk 的 docs/ceremony.md“Key custody”一节。</translation>
    </message>
</context>
<context>
    <name>KeyBackupWriter</name>
    <message>
        <source>Name the folder the backup goes to.</source>
        <translation>请指定备份写入的文件夹。</translation>
    </message>
    <message>
        <source>%1 of %2 shares is not possible: use 2 &lt;= M &lt;= N &lt;= %3.</source>
        <extracomment>%1 shares needed, %2 shares made, %3 the largest number of shares</extracomment>
        <translation>%2 份中需要 %1 份的拆分无法实现：请满足 2 &lt;= M &lt;= N &lt;= %3。</translation>
    </message>
    <message>
        <source>Name the folder the shares go to; it must not be the backup folder.</source>
        <translation>请指定份额写入的文件夹；它不能是备份文件夹。</translation>
    </message>
    <message>
        <source>The shares (&apos;%2&apos;) must not be written into or around the backup folder (&apos;%1&apos;): whoever holds the backup medium must not hold the shares too.</source>
        <extracomment>%1 and %2 are folders</extracomment>
        <translation>份额（“%2”）不能写入备份文件夹（“%1”）之内或其上级：持有备份介质的人不应同时持有份额。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written. Choose an empty folder.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在；未写入任何文件。请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>A backup needs either shares or a passphrase.</source>
        <translation>备份需要份额或口令二者之一。</translation>
    </message>
    <message>
        <source>The key does not belong to the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>该密钥不属于 CA“%1”。</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>The CA whose key is backed up.</source>
        <translation>要备份其密钥的 CA。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The backup folder (meant for removable media); created owner-only when missing.</source>
        <translation>备份文件夹（用于可移动介质）；不存在时以仅所有者可访问的权限创建。</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Encrypts under a fresh random passphrase split into N shares of which any M restore it (2 &lt;= M &lt;= N &lt;= 16), e.g. 3/5.</source>
        <translation>使用新生成的随机口令加密，并将口令拆分为 N 份，其中任意 M 份即可恢复（2 &lt;= M &lt;= N &lt;= 16），例如 3/5。</translation>
    </message>
    <message>
        <source>M/N</source>
        <translation>M/N</translation>
    </message>
    <message>
        <source>With --shares: the folder for the share sheets (shares.pdf, share-K-of-N.txt); not the backup folder.</source>
        <translation>与 --shares 一起使用：存放份额页（shares.pdf、share-K-of-N.txt）的文件夹；不能是备份文件夹。</translation>
    </message>
    <message>
        <source>Encrypts under the officer&apos;s passphrase, the first line of &lt;file&gt; (else asked on the terminal).</source>
        <translation>使用负责人的口令加密，口令为 &lt;文件&gt; 的第一行（否则在终端上询问）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Encrypts under a fresh random passphrase and prints it once, to be written down.</source>
        <translation>使用新生成的随机口令加密，并打印一次以便抄写。</translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <translation>从 &lt;文件&gt; 的第一行读取 CA 的口令（否则从钥匙串读取，再否则在终端上提示输入）。</translation>
    </message>
    <message>
        <source>Backs a CA&apos;s private key up to a folder: encrypted PKCS#8 (AES-256-CBC, PBKDF2), the CA certificate and a README that says how to restore without this program. With --shares the passphrase is fresh, random and split into printed shares; else it is the officer&apos;s (--backup-passphrase-file or the terminal) or, with --show-passphrase, fresh and shown once.</source>
        <translation>将 CA 私钥备份到文件夹：加密的 PKCS#8（AES-256-CBC，PBKDF2）、CA 证书，以及说明如何不借助本程序恢复的 README。使用 --shares 时口令为新生成的随机口令，并拆分为打印的份额；否则为负责人的口令（--backup-passphrase-file 或终端），或在 --show-passphrase 时为新生成并仅显示一次的口令。</translation>
    </message>
    <message>
        <source>Give only one of --shares, --backup-passphrase-file and --show-passphrase.</source>
        <translation>--shares、--backup-passphrase-file 和 --show-passphrase 只能给出其中之一。</translation>
    </message>
    <message>
        <source>--shares-out goes with --shares.</source>
        <translation>--shares-out 需与 --shares 一起使用。</translation>
    </message>
    <message>
        <source>--shares takes M/N, for example 3/5.</source>
        <translation>--shares 的格式为 M/N，例如 3/5。</translation>
    </message>
    <message>
        <source>New passphrase for the backup of &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation>“%1”备份的新口令：</translation>
    </message>
    <message>
        <source>Backed up the key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation>已将“%1”的密钥备份到“%2”。</translation>
    </message>
    <message>
        <source>The passphrase is split into %4 shares of the set %2, any %3 of which restore it; the share sheets are in &apos;%1&apos; (shares.pdf, share-K-of-N.txt). Print them, hand each to its custodian, then delete that folder: it must not stay next to the backup.</source>
        <extracomment>%1 is a folder, %2 the share set id, %3 shares needed, %4 shares made</extracomment>
        <translation>口令已拆分为份额组 %2 的 %4 份，其中任意 %3 份即可恢复；份额页位于“%1”（shares.pdf、share-K-of-N.txt）。请打印并交给各自的保管人，然后删除该文件夹：它不能留在备份旁边。</translation>
    </message>
    <message>
        <source>Passphrase of the backup (shown this once; write it down and keep it apart from the backup):</source>
        <translation>备份的口令（仅显示这一次；请抄写下来，并与备份分开保管）：</translation>
    </message>
    <message>
        <source>Backs up and restores CA private keys (key custody).</source>
        <translation>备份和恢复 CA 私钥（密钥保管）。</translation>
    </message>
    <message>
        <source>Backs a CA&apos;s private key up to a folder, encrypted; the passphrase optionally split into shares.</source>
        <translation>将 CA 私钥加密备份到文件夹；口令可选拆分为份额。</translation>
    </message>
    <message>
        <source>Restores a CA&apos;s private key from a backup folder and its shares or passphrase.</source>
        <translation>从备份文件夹及其份额或口令恢复 CA 私钥。</translation>
    </message>
    <message>
        <source>The backup folder written by &apos;key backup&apos;.</source>
        <translation>由“key backup”写入的备份文件夹。</translation>
    </message>
    <message>
        <source>The CA to restore the key into; made from the backup&apos;s certificate when the workspace has no CA of this name.</source>
        <translation>要恢复密钥的 CA；若工作区中没有此名称的 CA，则根据备份中的证书创建。</translation>
    </message>
    <message>
        <source>A share file (share-K-of-N.txt, or a text file of share lines); repeat it for each share.</source>
        <translation>份额文件（share-K-of-N.txt，或包含份额行的文本文件）；每个份额重复一次此选项。</translation>
    </message>
    <message>
        <source>Reads the shares from standard input: typed line by line on a terminal (each line checked as it is entered), or piped.</source>
        <translation>从标准输入读取份额：在终端上逐行输入（每行输入时即检查），或通过管道传入。</translation>
    </message>
    <message>
        <source>For a backup without shares: its passphrase, the first line of &lt;file&gt; (else asked on the terminal).</source>
        <translation>用于没有份额的备份：其口令，为 &lt;文件&gt; 的第一行（否则在终端上询问）。</translation>
    </message>
    <message>
        <source>Replaces the key the CA has in the workspace already (the same key).</source>
        <translation>替换该 CA 在工作区中已有的密钥（同一密钥）。</translation>
    </message>
    <message>
        <source>The new passphrase the key is stored under in the workspace, from the first line of &lt;file&gt; (else asked twice on the terminal).</source>
        <translation>密钥在工作区中存储所用的新口令，取自 &lt;文件&gt; 的第一行（否则在终端上询问两次）。</translation>
    </message>
    <message>
        <source>Restores a CA&apos;s private key from a backup folder: recombines the shares (or takes the backup&apos;s passphrase), decrypts the key and proves it belongs to the CA certificate before anything is written, then stores it encrypted under a new passphrase.</source>
        <translation>从备份文件夹恢复 CA 私钥：合并份额（或使用备份的口令），解密密钥，并在写入任何内容之前证明它属于该 CA 证书，然后用新口令加密存储。</translation>
    </message>
    <message>
        <source>Give the shares either as files (--share) or on standard input, not both.</source>
        <translation>份额只能以文件（--share）或标准输入二者之一给出，不能同时给出。</translation>
    </message>
    <message>
        <source>This backup&apos;s passphrase is split into shares: give them with --share or --shares-from-stdin.</source>
        <translation>此备份的口令已拆分为份额：请用 --share 或 --shares-from-stdin 给出份额。</translation>
    </message>
    <message numerus="yes">
        <source>This backup needs %n shares of the set %1: give them with --share FILE (repeated) or --shares-from-stdin.</source>
        <extracomment>%n is the number of shares needed, %1 the share set id</extracomment>
        <translation>
            <numerusform>此备份需要份额组 %1 的 %n 份份额：请用 --share 文件（可重复）或 --shares-from-stdin 给出。</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup&apos;s passphrase was chosen by the officer and is not split into shares: give it with --backup-passphrase-file or on the terminal.</source>
        <translation>此备份的口令由负责人选定，没有拆分为份额：请用 --backup-passphrase-file 或在终端上给出。</translation>
    </message>
    <message>
        <source>Passphrase of the backup in &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a folder</extracomment>
        <translation>“%1”中备份的口令：</translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos; in this workspace:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation>CA“%1”在此工作区中的新口令：</translation>
    </message>
    <message>
        <source>Restored the key of &apos;%1&apos; (%2) from &apos;%3&apos;; it matches the CA certificate and is stored encrypted under the new passphrase.</source>
        <extracomment>%1 is a CA name, %2 its subject, %3 a folder</extracomment>
        <translation>已从“%3”恢复“%1”（%2）的密钥；它与 CA 证书匹配，并已用新口令加密存储。</translation>
    </message>
</context>
<context>
    <name>KeyShareCode</name>
    <message>
        <source>The share cannot be written in the share format.</source>
        <translation>该份额无法按份额格式写出。</translation>
    </message>
    <message>
        <source>Line %1 is labelled as line %2.</source>
        <extracomment>%1 and %2 are line numbers of a share</extracomment>
        <translation>第 %1 行被标为第 %2 行。</translation>
    </message>
    <message>
        <source>Line %1 has the digit &apos;%2&apos;, which shares never use (letters A-Z and digits 2-7 only): did you mean the letter O, I or B?</source>
        <extracomment>%1 is a line number, %2 a digit the user typed (0, 1, 8 or 9)</extracomment>
        <translation>第 %1 行含有数字“%2”，份额中从不使用该数字（只用字母 A-Z 和数字 2-7）：您是否想输入字母 O、I 或 B？</translation>
    </message>
    <message>
        <source>Line %1 has the character &apos;%2&apos;; shares use only the letters A-Z and the digits 2-7.</source>
        <extracomment>%1 is a line number, %2 a character</extracomment>
        <translation>第 %1 行含有字符“%2”；份额只使用字母 A-Z 和数字 2-7。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n letters; each line has %2.</source>
        <extracomment>%1 is a line number, %n the number of letters typed, %2 the number expected (16)</extracomment>
        <translation>
            <numerusform>第 %1 行有 %n 个字母；每行应有 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 does not match its check letters: a letter in this line was mistyped.</source>
        <extracomment>%1 is a line number of a share</extracomment>
        <translation>第 %1 行与其校验字母不符：这一行中有字母输错了。</translation>
    </message>
    <message>
        <source>This is not a key share of a format this program reads (iotca-share-1).</source>
        <translation>这不是本程序可读格式（iotca-share-1）的密钥份额。</translation>
    </message>
    <message numerus="yes">
        <source>This share has %n lines.</source>
        <extracomment>%n is a number of lines</extracomment>
        <translation>
            <numerusform>此份额有 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The lines of this share do not belong together: every line is typed correctly, but one of them belongs to another share. Check the order of the lines and that they all come from the same sheet.</source>
        <translation>此份额的各行不属于同一份额：每行都输入正确，但其中一行属于另一个份额。请检查各行的顺序，并确认它们都来自同一页。</translation>
    </message>
    <message>
        <source>This share&apos;s numbers are out of range (%1 of %2, %3 needed).</source>
        <translation>此份额的编号超出范围（第 %1 份，共 %2 份，需要 %3 份）。</translation>
    </message>
    <message>
        <source>The share has no lines.</source>
        <translation>该份额没有任何行。</translation>
    </message>
    <message>
        <source>Line 1 is not the first line of a key share of a format this program reads (iotca-share-1).</source>
        <translation>第 1 行不是本程序可读格式（iotca-share-1）的密钥份额的第一行。</translation>
    </message>
    <message numerus="yes">
        <source>This share has %n lines, but %1 were given.</source>
        <extracomment>%n is the number of lines a share has, %1 the number given</extracomment>
        <translation>
            <numerusform>此份额有 %n 行，但给出了 %1 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyShareSet</name>
    <message>
        <source>No shares were given.</source>
        <translation>未给出任何份额。</translation>
    </message>
    <message>
        <source>The shares come from different sets: share %3 belongs to set %1, share %4 to set %2. Use shares of one set only.</source>
        <extracomment>%1 and %2 are share set ids (&quot;3F9A-0C2B&quot;); %3 and %4 share numbers</extracomment>
        <translation>这些份额来自不同的份额组：份额 %3 属于份额组 %1，份额 %4 属于份额组 %2。请只使用同一组的份额。</translation>
    </message>
    <message>
        <source>The shares of set %1 disagree on how many shares there are.</source>
        <translation>份额组 %1 的各份额对份额总数的说法不一致。</translation>
    </message>
    <message>
        <source>Share %1 was given twice.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation>份额 %1 给出了两次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the shares of set %2 were given, but %n are needed to restore the key.</source>
        <extracomment>%n is the number of shares needed, %1 the number given, %2 the set id</extracomment>
        <translation>
            <numerusform>给出了份额组 %2 的 %1 份份额，但恢复密钥需要 %n 份。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyShareText</name>
    <message>
        <source>Share %2 in &apos;%1&apos;: %3</source>
        <extracomment>%1 is a file or &quot;standard input&quot;, %2 the position of a share in it, %3 what is wrong (a sentence)</extracomment>
        <translation>“%1”中的第 %2 个份额：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file or &quot;standard input&quot;, %2 what is wrong (a sentence)</extracomment>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>IoT CA Desk: CA key backup, passphrase share %1 of %2 (%3 shares are needed to restore)</source>
        <extracomment>%1 is the share number, %2 the number of shares, %3 how many are needed</extracomment>
        <translation>IoT CA Desk：CA 密钥备份，口令份额第 %1 份，共 %2 份（恢复需要 %3 份）</translation>
    </message>
    <message>
        <source>Share set: %1</source>
        <translation>份额组：%1</translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation>CA：%1</translation>
    </message>
    <message>
        <source>CA subject: %1</source>
        <translation>CA 主题：%1</translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1</source>
        <translation>CA 证书 SHA-256：%1</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Keep this share secret, apart from the backup medium and from the other shares. To restore, give %1 shares of this set to `iotca key restore` (as files, or typed: case, spaces and hyphens do not matter), or recombine them without this program as docs/ceremony.md (&quot;Key custody&quot;) and the backup&apos;s README.txt describe.</source>
        <translation>请对此份额保密，并与备份介质及其他份额分开保管。恢复时，将此组的 %1 份份额交给 `iotca key restore`（以文件形式，或逐行输入：大小写、空格和连字符无关紧要），或按照 docs/ceremony.md（“Key custody”）及备份中的 README.txt 所述，不借助本程序进行合并。</translation>
    </message>
    <message>
        <source>Line 1 is not the first line of a key share of a format this program reads (iotca-share-1).</source>
        <translation>第 1 行不是本程序可读格式（iotca-share-1）的密钥份额的第一行。</translation>
    </message>
    <message numerus="yes">
        <source>The last share ends after %1 of its %n lines.</source>
        <extracomment>%1 is the number of lines found, %n the number of lines the share has</extracomment>
        <translation>
            <numerusform>最后一个份额在其 %n 行中的第 %1 行后就结束了。</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no key share.</source>
        <translation>“%1”中没有密钥份额。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain has no entry &apos;%1&apos;.</source>
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
        <source>The keychain reported an error for &apos;%1&apos;.</source>
        <translation>钥匙串在处理“%1”时报告了错误。</translation>
    </message>
</context>
<context>
    <name>ManualRegistration</name>
    <message>
        <source>The platform holds another certificate as &apos;%1&apos; than that of the CA &apos;%2&apos;; nothing was recorded.</source>
        <extracomment>%1 is the platform&apos;s id of a CA, %2 a CA name</extracomment>
        <translation>平台上的“%1”是另一张证书，而不是 CA“%2”的证书；未记录任何内容。</translation>
    </message>
    <message>
        <source>The platform reports &apos;%1&apos; with the serial number %2, not that of the CA &apos;%3&apos; (%4); nothing was recorded.</source>
        <extracomment>%1 is the platform&apos;s id of a CA, %2 its serial number as the platform reports it, %3 a CA name, %4 its serial</extracomment>
        <translation>平台报告“%1”的序列号为 %2，而不是 CA“%3”的序列号（%4）；未记录任何内容。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is already recorded as registered with the platform account &apos;%2&apos; (as &apos;%3&apos;).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA</extracomment>
        <translation>CA“%1”已被记录为在平台账号“%2”上注册（标识为“%3”）。</translation>
    </message>
    <message>
        <source>The platform&apos;s id of the CA is empty.</source>
        <translation>CA 在平台上的标识为空。</translation>
    </message>
</context>
<context>
    <name>MarkRegisteredCommand</name>
    <message>
        <source>The platform account &apos;%1&apos; has no CA &apos;%2&apos;; nothing was recorded.</source>
        <extracomment>%1 is an account name, %2 the platform&apos;s id of a CA</extracomment>
        <translation>平台账号“%1”上没有 CA“%2”；未记录任何内容。</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The platform&apos;s id of the CA (AWS certificateId, ApsaraMQ Sn, Tencent CertName, Alibaba IoT CA id).</source>
        <translation>CA 在平台上的标识（AWS certificateId、ApsaraMQ Sn、腾讯 CertName、阿里云物联网平台 CA ID）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Does not ask the platform: records the registration as unconfirmed.</source>
        <translation>不询问平台：将注册记录为未确认。</translation>
    </message>
    <message>
        <source>Records a registration done by hand in a platform&apos;s console. The platform is asked first and the registration recorded as it reports it (refused when it reports another certificate or none). With --offline, or for alibaba-iot (no CA API), it is recorded as unconfirmed until `ca sync` finds it on the platform.</source>
        <translation>记录在平台控制台中手动完成的注册。先询问平台，并按平台报告的内容记录注册（平台报告的是另一张证书或没有该证书时拒绝）。使用 --offline 时，或对于 alibaba-iot（没有 CA API），记录为未确认，直到 `ca sync` 在平台上找到它。</translation>
    </message>
    <message>
        <source>Recorded the CA &apos;%1&apos; as registered with the platform account &apos;%2&apos; as &apos;%3&apos;, UNCONFIRMED: the platform was not asked. `iotca ca sync` confirms it once the platform can be reached.</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA</extracomment>
        <translation>已将 CA“%1”记录为在平台账号“%2”上注册（标识为“%3”），未确认：没有询问平台。平台可以访问后，`iotca ca sync` 会确认它。</translation>
    </message>
    <message>
        <source>pass --offline to record the registration as unconfirmed instead.</source>
        <translation>改用 --offline 可将注册记录为未确认。</translation>
    </message>
    <message>
        <source>The platform confirms it: recorded the CA &apos;%1&apos; as registered with the platform account &apos;%2&apos; as &apos;%3&apos; (%4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation>平台已确认：已将 CA“%1”记录为在平台账号“%2”上注册，标识为“%3”（%4）。</translation>
    </message>
</context>
<context>
    <name>OfflineBundleCommand</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation>平台账号“%1”指定了未知的平台“%2”。</translation>
    </message>
    <message>
        <source>Nothing is fetched from %1 for an upload bundle (--out): pass the registration code it gave you with --code.</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation>生成上传包（--out）时不会从 %1 获取任何内容：请用 --code 传入它给出的注册码。</translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: pass it with --code.</source>
        <translation>%1 只在其控制台中显示注册码：请用 --code 传入。</translation>
    </message>
    <message>
        <source>%1 has no API for CA certificates: give --out DIR for the console&apos;s upload bundle.</source>
        <extracomment>%1 is &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation>%1 没有用于 CA 证书的 API：请用 --out DIR 指定控制台上传包的输出位置。</translation>
    </message>
    <message>
        <source>Wrote the upload bundle of the CA &apos;%1&apos; to &apos;%2&apos;. Finish the registration with %3 on a connected machine as %4 describes; nothing was sent or recorded.</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a platform such as &quot;AWS IoT Core&quot;, %4 the README file</extracomment>
        <translation>已将 CA“%1”的上传包写入“%2”。请在联网的机器上按照 %4 的说明通过 %3 完成注册；未发送或记录任何内容。</translation>
    </message>
    <message>
        <source>Wrote the upload bundle of the CA &apos;%1&apos; to &apos;%2&apos;. Register it in the %3 console as %4 describes; nothing was sent or recorded.</source>
        <translation>已将 CA“%1”的上传包写入“%2”。请按照 %4 的说明在 %3 控制台中注册；未发送或记录任何内容。</translation>
    </message>
</context>
<context>
    <name>OfflineCaOutput</name>
    <message>
        <source>Pending registration: %1, code %2 (verification certificate from a transfer bundle; `ca register` uploads it)</source>
        <extracomment>%1 a platform id, %2 a registration code; the verification certificate came in a transfer bundle</extracomment>
        <translation>待注册：%1，注册码 %2（验证证书来自传输包；由 `ca register` 上传）</translation>
    </message>
    <message>
        <source>UNCONFIRMED registration: account &apos;%1&apos; as &apos;%2&apos;, recorded by hand on %3; the platform has not confirmed it (`ca sync`)</source>
        <extracomment>%1 an account name, %2 the platform&apos;s id of the CA, %3 a date</extracomment>
        <translation>未确认的注册：账号“%1”，标识为“%2”，于 %3 手动记录；平台尚未确认（`ca sync`）</translation>
    </message>
</context>
<context>
    <name>OfflineRegistrationBundleWriter</name>
    <message>
        <source>The verification certificate could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>无法生成验证证书：%1</translation>
    </message>
    <message>
        <source>The CA certificate and its private key are needed for the verification certificate.</source>
        <translation>生成验证证书需要 CA 证书及其私钥。</translation>
    </message>
    <message>
        <source>The CA&apos;s key (%1) is not one the platforms accept.</source>
        <extracomment>%1 is a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation>该 CA 的密钥（%1）不是平台接受的类型。</translation>
    </message>
    <message>
        <source>%1 takes no association CSV: device certificates reach it another way.</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>%1 不接受关联 CSV：设备证书通过其他方式提交给它。</translation>
    </message>
    <message>
        <source>No output folder was given for the bundle.</source>
        <translation>未指定上传包的输出文件夹。</translation>
    </message>
    <message>
        <source>The verification certificate cannot be recorded: no workspace was given.</source>
        <translation>无法记录验证证书：未提供工作区。</translation>
    </message>
</context>
<context>
    <name>OfflineRegistrationReadme</name>
    <message>
        <source>Files in this folder (no private key is among them):</source>
        <translation>此文件夹中的文件（其中不含任何私钥）：</translation>
    </message>
    <message>
        <source>  %1  the CA certificate: subject %2, serial number %3, SHA-256 %4</source>
        <extracomment>%1 is a file name, %2 a distinguished name, %3 a serial number, %4 a fingerprint</extracomment>
        <translation>  %1  CA 证书：主题 %2，序列号 %3，SHA-256 %4</translation>
    </message>
    <message>
        <source>  %1  the verification certificate: Common Name = registration code %2, signed by the CA key, valid until %3</source>
        <extracomment>%1 is a file name, %2 the registration code, %3 a date</extracomment>
        <translation>  %1  验证证书：通用名称 = 注册码 %2，由 CA 密钥签名，有效期至 %3</translation>
    </message>
    <message numerus="yes">
        <source>  %1  %n device association(s) (ProductKey,DeviceName,CertSN) of the product %2</source>
        <extracomment>%1 is a file name, %n the number of rows, %2 a product key</extracomment>
        <translation>
            <numerusform>  %1  产品 %2 的 %n 条设备关联（ProductKey,DeviceName,CertSN）</numerusform>
        </translation>
    </message>
    <message>
        <source>In the IoT Platform console (region China (Shanghai), the only one with X.509 device authentication):</source>
        <translation>在物联网平台控制台中（华东2（上海）地域，唯一支持 X.509 设备认证的地域）：</translation>
    </message>
    <message>
        <source>1. Open Devices &gt; CA Certificates and click Register CA Certificate. The dialog shows a registration code; it must be %1. If it shows another code, make a new bundle for that code.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation>1. 打开“设备管理 &gt; CA 证书”，单击“注册 CA 证书”。对话框会显示注册码，它必须是 %1。如果显示的是其他注册码，请为该注册码重新生成上传包。</translation>
    </message>
    <message>
        <source>2. Enter the CA name %1 (4 to 30 letters, digits or &apos;_&apos;).</source>
        <extracomment>%1 is the CA name</extracomment>
        <translation>2. 输入 CA 名称 %1（4 到 30 个字母、数字或“_”）。</translation>
    </message>
    <message>
        <source>3. Upload %1 as the CA certificate and %2 as the verification certificate, and confirm.</source>
        <extracomment>%1 and %2 are file names</extracomment>
        <translation>3. 上传 %1 作为 CA 证书、%2 作为验证证书，然后确认。</translation>
    </message>
    <message>
        <source>4. The devices&apos; product must use the authentication mode X.509 Certificate with Use Private CA Certificate set to Yes. Only directly connected MQTT devices with RSA device certificates can use a private CA.</source>
        <translation>4. 设备所属产品的认证方式必须为“X.509 证书”，且“使用私有 CA 证书”设为“是”。只有直连的 MQTT 设备且使用 RSA 设备证书时才能使用私有 CA。</translation>
    </message>
    <message>
        <source>5. Open the CA&apos;s details &gt; Device Association &gt; Associate Certificate to Devices, upload each association file (at most 10,000 rows of one product per file) and click Save. Download the console&apos;s .csv template once to check that its header still reads ProductKey,DeviceName,CertSN.</source>
        <translation>5. 打开该 CA 的详情 &gt; 设备关联 &gt; 关联证书到设备，逐个上传关联文件（每个文件最多 10,000 行，且只含一个产品），然后单击“保存”。请先下载一次控制台的 .csv 模板，确认其表头仍为 ProductKey,DeviceName,CertSN。</translation>
    </message>
    <message>
        <source>An Alibaba Cloud account can register at most 10 CA certificates.</source>
        <translation>一个阿里云账号最多可注册 10 个 CA 证书。</translation>
    </message>
    <message>
        <source>&lt;your instance ID, e.g. post-cn-xxxx&gt;</source>
        <translation>&lt;您的实例 ID，例如 post-cn-xxxx&gt;</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT registers CA certificates through its OpenAPI (product OnsMqtt, version 2020-04-20). On a connected machine:</source>
        <translation>云消息队列 MQTT 版通过其 OpenAPI（产品 OnsMqtt，版本 2020-04-20）注册 CA 证书。在联网的机器上：</translation>
    </message>
    <message>
        <source>1. The registration code must be the one GetRegisterCode (MqttInstanceId = %2) returned: %1. A code is used once (RegisterCodeUsed); for a new code, make a new bundle.</source>
        <extracomment>%1 is the registration code, %2 an instance ID</extracomment>
        <translation>1. 注册码必须是 GetRegisterCode（MqttInstanceId = %2）返回的注册码：%1。注册码只能使用一次（RegisterCodeUsed）；如需新的注册码，请重新生成上传包。</translation>
    </message>
    <message>
        <source>2. Call RegisterCaCertificate on %1 with:</source>
        <extracomment>%1 is a host name</extracomment>
        <translation>2. 在 %1 上调用 RegisterCaCertificate，参数为：</translation>
    </message>
    <message>
        <source>the content of %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>%1 的内容</translation>
    </message>
    <message>
        <source>   The answer&apos;s Sn is the CA&apos;s serial number on the platform. The CA is active by default after registration.</source>
        <translation>   返回的 Sn 是该 CA 在平台上的序列号。注册后 CA 默认处于激活状态。</translation>
    </message>
    <message>
        <source>   Errors to expect: RegisterCodeError (the verification certificate does not carry the code), RegisterCodeUsed, CaNumExceed (too many CA certificates), SnNotUnique (the CA&apos;s serial number is registered already), CertificateContentError.</source>
        <translation>   可能出现的错误：RegisterCodeError（验证证书未包含该注册码）、RegisterCodeUsed、CaNumExceed（CA 证书过多）、SnNotUnique（该 CA 的序列号已注册）、CertificateContentError。</translation>
    </message>
    <message>
        <source>Limits and notes:</source>
        <translation>限制与说明：</translation>
    </message>
    <message>
        <source>- The CA certificate APIs are for Enterprise Platinum Edition instances (the Chinese documentation: Platinum and Professional); device certificate authentication needs Platinum.</source>
        <translation>- CA 证书 API 适用于企业铂金版实例（中文文档：铂金版和专业版）；设备证书认证需要铂金版。</translation>
    </message>
    <message>
        <source>- CA certificates (RSA or ECC) must have basicConstraints CA:TRUE; the CA&apos;s serial number must be unique and at most 128 bytes.</source>
        <translation>- CA 证书（RSA 或 ECC）必须带有 basicConstraints CA:TRUE；CA 的序列号必须唯一，且最长 128 字节。</translation>
    </message>
    <message>
        <source>- Device certificates are not uploaded: the broker registers each one on its device&apos;s first connection. Deleting the CA deletes the device certificates it issued that the broker registered.</source>
        <translation>- 设备证书无需上传：代理服务器会在设备首次连接时注册其证书。删除 CA 会删除该 CA 签发且已被代理服务器注册的设备证书。</translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub: finish in its console or through its API (service iotcloud, version 2021-04-08), on a connected machine.</source>
        <translation>腾讯云物联网通信：请在联网的机器上通过其控制台或 API（服务 iotcloud，版本 2021-04-08）完成注册。</translation>
    </message>
    <message>
        <source>The verification certificate was made for the Authentication Code (证书验证码) %1 that the console showed. If it shows another code now, make a new bundle for that code.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation>验证证书是为控制台显示的证书验证码 %1 生成的。如果控制台现在显示的是其他验证码，请为该验证码重新生成上传包。</translation>
    </message>
    <message>
        <source>Console: on the CA certificate page, upload %2 as the CA certificate and %3 as the verification certificate under the name %1 (the console takes .cer, .crt and .pem files).</source>
        <extracomment>%1 is a CA name, %2 and %3 file names</extracomment>
        <translation>控制台：在 CA 证书页面，以名称 %1 上传 %2 作为 CA 证书、%3 作为验证证书（控制台接受 .cer、.crt 和 .pem 文件）。</translation>
    </message>
    <message>
        <source>API: CreatePrivateCA on %1 (X-TC-Region: %2) with:</source>
        <extracomment>%1 is a host name, %2 a region</extracomment>
        <translation>API：在 %1（X-TC-Region: %2）上调用 CreatePrivateCA，参数为：</translation>
    </message>
    <message>
        <source>   Errors to expect: InvalidParameterValue.CACertNotMatch (the verification certificate does not match the CA), LimitExceeded.CACertLimit, LimitExceeded.CACertNameRepeat, LimitExceeded.CARepeat (the CA is uploaded already).</source>
        <translation>   可能出现的错误：InvalidParameterValue.CACertNotMatch（验证证书与 CA 不匹配）、LimitExceeded.CACertLimit、LimitExceeded.CACertNameRepeat、LimitExceeded.CARepeat（该 CA 已上传）。</translation>
    </message>
    <message>
        <source>Then bind the CA to the product whose devices it signs: UpdateProductPrivateCA with ProductId and CertName = %1 (Chinese site), or choose the CA certificate when creating the product in the console. The product must use certificate authentication.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>然后将该 CA 绑定到其签发设备所属的产品：调用 UpdateProductPrivateCA，传入 ProductId 和 CertName = %1（中国站），或在控制台创建产品时选择该 CA 证书。该产品必须使用证书认证。</translation>
    </message>
    <message>
        <source>- An account can upload at most 10 CA certificates.</source>
        <translation>- 一个账号最多可上传 10 个 CA 证书。</translation>
    </message>
    <message>
        <source>- CA certificate name: up to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (the Chinese console also allows &apos;(&apos;, &apos;)&apos; and Chinese characters).</source>
        <translation>- CA 证书名称：最多 32 个字母、数字、“_”、“-”或“@”（中文控制台还允许“(”、“)”和中文字符）。</translation>
    </message>
    <message>
        <source>- Device certificates are given with the device: CreateDevice with TlsCrt. A CA bound to a product cannot be deleted (LimitExceeded.CAAlreadyBindProduct).</source>
        <translation>- 设备证书随设备一起提交：调用 CreateDevice 并传入 TlsCrt。已绑定到产品的 CA 无法删除（LimitExceeded.CAAlreadyBindProduct）。</translation>
    </message>
    <message>
        <source>AWS IoT Core registers CA certificates through its API (service iot, version 2015-05-28, endpoint %1). On a connected machine:</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>AWS IoT Core 通过其 API（服务 iot，版本 2015-05-28，终端节点 %1）注册 CA 证书。在联网的机器上：</translation>
    </message>
    <message>
        <source>1. The registration code must be the account&apos;s code in this Region, as GetRegistrationCode returns it (it stays the same until DeleteRegistrationCode): %1.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation>1. 注册码必须是该账号在此区域的注册码，即 GetRegistrationCode 返回的注册码（在调用 DeleteRegistrationCode 之前保持不变）：%1。</translation>
    </message>
    <message>
        <source>2. Call RegisterCACertificate (POST /cacertificate?setAsActive=true) with the JSON body:</source>
        <translation>2. 调用 RegisterCACertificate（POST /cacertificate?setAsActive=true），JSON 请求体为：</translation>
    </message>
    <message>
        <source>   The answer&apos;s certificateId and certificateArn identify the CA; setAsActive=true makes it ACTIVE at once (else UpdateCACertificate with newStatus=ACTIVE).</source>
        <translation>   返回的 certificateId 和 certificateArn 标识该 CA；setAsActive=true 使其立即变为 ACTIVE（否则需调用 UpdateCACertificate 并设置 newStatus=ACTIVE）。</translation>
    </message>
    <message>
        <source>   Errors to expect: RegistrationCodeValidationException, CertificateValidationException, ResourceAlreadyExistsException, LimitExceededException.</source>
        <translation>   可能出现的错误：RegistrationCodeValidationException、CertificateValidationException、ResourceAlreadyExistsException、LimitExceededException。</translation>
    </message>
    <message>
        <source>- There is no limit to the number of CA certificates per account, but at most 10 with the same subject field.</source>
        <translation>- 每个账号的 CA 证书数量不限，但主题字段相同的最多 10 个。</translation>
    </message>
    <message>
        <source>- In DEFAULT mode a CA certificate can be registered by only one account in a Region. SNI_ONLY mode allows several accounts but takes no verification certificate: this bundle is for DEFAULT mode.</source>
        <translation>- 在 DEFAULT 模式下，一个 CA 证书在一个区域内只能由一个账号注册。SNI_ONLY 模式允许多个账号，但不接受验证证书：此上传包适用于 DEFAULT 模式。</translation>
    </message>
    <message>
        <source>- Device certificates are registered with RegisterCertificate (certificatePem, caCertificatePem, status).</source>
        <translation>- 设备证书通过 RegisterCertificate（certificatePem、caCertificatePem、status）注册。</translation>
    </message>
    <message>
        <source>%1: registering the CA certificate %2</source>
        <extracomment>%1 is a platform, %2 a distinguished name (AWS IoT Core gives CAs no name)</extracomment>
        <translation>%1：注册 CA 证书 %2</translation>
    </message>
    <message>
        <source>%1: registering the CA certificate &apos;%2&apos;</source>
        <extracomment>%1 is a platform, %2 the CA&apos;s name on it</extracomment>
        <translation>%1：注册 CA 证书“%2”</translation>
    </message>
    <message>
        <source>Made by IoT CA Desk on %1 (UTC). Nothing was sent to the platform.</source>
        <extracomment>%1 is a date and time in UTC</extracomment>
        <translation>由 IoT CA Desk 于 %1（UTC）生成。未向平台发送任何内容。</translation>
    </message>
    <message>
        <source>Back online, IoT CA Desk&apos;s CA &gt; Register with Platform (or iotca ca register) makes this call itself and records the registration in the workspace. A registration finished from this bundle is not recorded there.</source>
        <translation>恢复联网后，IoT CA Desk 的“CA &gt; 在平台注册”（或 iotca ca register）会自行完成此调用，并在工作区中记录注册。通过此上传包完成的注册不会记录在工作区中。</translation>
    </message>
    <message>
        <source>- The documentation states no number of CA certificates per instance: when there are too many, the platform answers CaNumExceed.</source>
        <translation>- 文档未说明每个实例可注册的 CA 证书数量：数量过多时，平台返回 CaNumExceed。</translation>
    </message>
    <message>
        <source>- The registration code is the verification certificate&apos;s Common Name, as the ApsaraMQ documentation says (&quot;Replace the value of the CommonName parameter with the registration code&quot;).</source>
        <translation>- 注册码写在验证证书的通用名称（Common Name）中，与云消息队列 MQTT 版文档一致（“Replace the value of the CommonName parameter with the registration code”）。</translation>
    </message>
    <message>
        <source>- The Authentication Code is the verification certificate&apos;s Common Name, as the Tencent documentation says (&quot;paste it as the value of the Common Name field&quot;).</source>
        <translation>- 证书验证码写在验证证书的通用名称（Common Name）中，与腾讯云文档一致（“paste it as the value of the Common Name field”）。</translation>
    </message>
</context>
<context>
    <name>OpenSslConversions</name>
    <message>
        <source>Could not allocate a name.</source>
        <translation>无法分配名称。</translation>
    </message>
    <message>
        <source>The name attribute %1=%2 cannot be encoded.</source>
        <extracomment>%1 is an attribute type such as CN, %2 its value</extracomment>
        <translation>无法编码名称属性 %1=%2。</translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <extracomment>%1 is a number of bits such as 2048</extracomment>
        <translation>RSA %1 位</translation>
    </message>
    <message>
        <source>explicit parameters</source>
        <translation>显式参数</translation>
    </message>
    <message>
        <source>ECDSA %1</source>
        <extracomment>%1 is a curve name such as P-256</extracomment>
        <translation>ECDSA %1</translation>
    </message>
    <message>
        <source>%1 key</source>
        <extracomment>%1 is OpenSSL&apos;s key type name, such as ED25519</extracomment>
        <translation>%1 密钥</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 is an RSA key of only %2 bits; at least 2048 bits are required.</source>
        <extracomment>%1 names the key&apos;s owner (&quot;The key&quot;), %2 a number of bits</extracomment>
        <translation>%1 是仅 %2 位的 RSA 密钥；至少需要 2048 位。</translation>
    </message>
    <message>
        <source>%1 is an RSA key of %2 bits, more than the supported 16384.</source>
        <translation>%1 是 %2 位的 RSA 密钥，超过了支持的上限 16384 位。</translation>
    </message>
    <message>
        <source>%1 uses the elliptic curve %2; only P-256 and P-384 are supported.</source>
        <extracomment>%1 names the key&apos;s owner, %2 a curve name</extracomment>
        <translation>%1 使用椭圆曲线 %2；仅支持 P-256 和 P-384。</translation>
    </message>
    <message>
        <source>%1 is a %2 key; only RSA (2048 bits or more) and ECDSA P-256 or P-384 keys are supported.</source>
        <extracomment>%1 names the key&apos;s owner, %2 a key type such as ED25519</extracomment>
        <translation>%1 是 %2 密钥；仅支持 RSA（2048 位及以上）和 ECDSA P-256 或 P-384 密钥。</translation>
    </message>
    <message>
        <source>Could not allocate the subject alternative names.</source>
        <translation>无法分配主题备用名称。</translation>
    </message>
    <message>
        <source>The subject alternative name &quot;%1&quot; is invalid: %2</source>
        <extracomment>%1 is an entry such as &quot;DNS:example.com&quot;, %2 the reason</extracomment>
        <translation>主题备用名称“%1”无效：%2</translation>
    </message>
    <message>
        <source>write it as DNS:name, IP:address, email:address or URI:uri.</source>
        <translation>请写成 DNS:name、IP:address、email:address 或 URI:uri 的形式。</translation>
    </message>
    <message>
        <source>Could not allocate a subject alternative name.</source>
        <translation>无法分配主题备用名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>“%1”不是 IPv4 或 IPv6 地址。</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one of DNS, IP, email, URI.</source>
        <translation>类型“%1”不是 DNS、IP、email、URI 之一。</translation>
    </message>
    <message>
        <source>only printable ASCII characters without spaces are allowed.</source>
        <translation>只允许不含空格的可打印 ASCII 字符。</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法写入“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>OwnerOnlyDirectory</name>
    <message>
        <source>&apos;%1&apos; is a file, not a folder.</source>
        <translation>“%1”是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; could not be created.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>No passphrase: there is no terminal to ask on; use --passphrase-file.</source>
        <translation>没有口令：没有可用于询问的终端；请使用 --passphrase-file。</translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation>未输入口令。</translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <extracomment>Asked on the terminal after a new passphrase was typed once</extracomment>
        <translation>再次输入口令：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>The first line of the passphrase file &apos;%1&apos; is empty.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>口令文件“%1”的第一行为空。</translation>
    </message>
</context>
<context>
    <name>PemReader</name>
    <message>
        <source>The file for %1 is empty.</source>
        <extracomment>%1 is what was expected, e.g. &quot;the private key&quot;</extracomment>
        <translation>%1 的文件为空。</translation>
    </message>
    <message>
        <source>The file for %1 is not in PEM format: it has no &quot;-----BEGIN&quot; line.</source>
        <translation>%1 的文件不是 PEM 格式：没有“-----BEGIN”行。</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; ends with &quot;%2&quot; on line %3.</source>
        <extracomment>%1 and %2 are PEM labels such as &quot;CERTIFICATE&quot;, %3 a line number</extracomment>
        <translation>PEM 块“%1”在第 %3 行以“%2”结束。</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is damaged: its base64 text does not decode.</source>
        <translation>从第 %2 行开始的 PEM 块“%1”已损坏：其 base64 文本无法解码。</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is empty.</source>
        <translation>从第 %2 行开始的 PEM 块“%1”为空。</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is cut off: it has no &quot;-----END&quot; line before the next block begins.</source>
        <translation>从第 %2 行开始的 PEM 块“%1”被截断：在下一个块开始之前没有“-----END”行。</translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is cut off: the file ends before its &quot;-----END&quot; line.</source>
        <translation>从第 %2 行开始的 PEM 块“%1”被截断：文件在其“-----END”行之前结束。</translation>
    </message>
    <message>
        <source>The file for %1 contains no complete PEM block.</source>
        <translation>%1 的文件不包含完整的 PEM 块。</translation>
    </message>
</context>
<context>
    <name>PendingRegistrationRepository</name>
    <message>
        <source>Could not read the pending registrations.</source>
        <translation>无法读取待注册项。</translation>
    </message>
    <message>
        <source>Could not record the pending registration.</source>
        <translation>无法记录待注册项。</translation>
    </message>
    <message>
        <source>Could not record that the pending registration was uploaded.</source>
        <translation>无法记录待注册项已上传。</translation>
    </message>
    <message>
        <source>Could not record the registration.</source>
        <translation>无法记录注册。</translation>
    </message>
    <message>
        <source>Could not update the registration.</source>
        <translation>无法更新注册。</translation>
    </message>
</context>
<context>
    <name>PendingVerification</name>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in this workspace (%2), and no transfer bundle brought a verification certificate for %3 that is not used yet. Make one on the machine that holds the key (`iotca bundle export --registration-code CODE --platform %3`) and import it.</source>
        <extracomment>%1 is a CA name, %2 where its key is kept, %3 a platform id</extracomment>
        <translation>CA“%1”的私钥不在此工作区中（%2），也没有传输包带来尚未使用的 %3 验证证书。请在保管密钥的机器上生成一个（`iotca bundle export --registration-code CODE --platform %3`）并导入。</translation>
    </message>
    <message>
        <source>The verification certificate of the CA &apos;%1&apos; from its transfer bundle was made for the registration code &apos;%2&apos;; --code names another.</source>
        <extracomment>%1 is a CA name, %2 a registration code</extracomment>
        <translation>传输包中 CA“%1”的验证证书是为注册码“%2”生成的；--code 指定的是另一个注册码。</translation>
    </message>
</context>
<context>
    <name>Pkcs12</name>
    <message>
        <source>A PKCS#12 bundle needs a certificate and its key.</source>
        <translation>PKCS#12 包需要证书及其密钥。</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect a PKCS#12 bundle.</source>
        <translation>空口令无法保护 PKCS#12 包。</translation>
    </message>
    <message>
        <source>A PKCS#12 passphrase cannot contain a NUL character.</source>
        <translation>PKCS#12 口令不能包含 NUL 字符。</translation>
    </message>
    <message>
        <source>A PKCS#12 bundle needs at least 10,000 key derivation iterations, not %1.</source>
        <extracomment>%1 is a number</extracomment>
        <translation>PKCS#12 包至少需要 10,000 次密钥派生迭代，而不是 %1 次。</translation>
    </message>
    <message>
        <source>The key does not match the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is the certificate&apos;s subject</extracomment>
        <translation>密钥与证书“%1”不匹配。</translation>
    </message>
    <message>
        <source>Could not create the PKCS#12 bundle.</source>
        <translation>无法创建 PKCS#12 包。</translation>
    </message>
    <message>
        <source>Could not protect the PKCS#12 bundle.</source>
        <translation>无法保护 PKCS#12 包。</translation>
    </message>
    <message>
        <source>Could not encode the PKCS#12 bundle.</source>
        <translation>无法编码 PKCS#12 包。</translation>
    </message>
    <message>
        <source>The PKCS#12 file is empty.</source>
        <translation>PKCS#12 文件为空。</translation>
    </message>
    <message>
        <source>The PKCS#12 file is too large.</source>
        <translation>PKCS#12 文件过大。</translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 bundle, or it is damaged.</source>
        <translation>该文件不是 PKCS#12 包，或已损坏。</translation>
    </message>
    <message>
        <source>The passphrase for the PKCS#12 bundle is wrong.</source>
        <translation>PKCS#12 包的口令错误。</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle cannot be decrypted.</source>
        <translation>无法解密 PKCS#12 包。</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle holds no private key.</source>
        <translation>PKCS#12 包中没有私钥。</translation>
    </message>
    <message>
        <source>The PKCS#12 bundle holds no certificate.</source>
        <translation>PKCS#12 包中没有证书。</translation>
    </message>
</context>
<context>
    <name>PlatformAccountRepository</name>
    <message>
        <source>A platform account needs a name and a platform.</source>
        <translation>平台账号需要名称和平台。</translation>
    </message>
    <message>
        <source>There is already a platform account named &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中已有名为“%1”的平台账号。</translation>
    </message>
    <message>
        <source>Could not add the platform account &apos;%1&apos;.</source>
        <translation>无法添加平台账号“%1”。</translation>
    </message>
    <message>
        <source>Could not save the platform account &apos;%1&apos;.</source>
        <translation>无法保存平台账号“%1”。</translation>
    </message>
    <message>
        <source>There is no platform account with id %1 in this workspace.</source>
        <translation>此工作区中没有 ID 为 %1 的平台账号。</translation>
    </message>
    <message>
        <source>Could not delete the platform account &apos;%1&apos;.</source>
        <translation>无法删除平台账号“%1”。</translation>
    </message>
    <message>
        <source>Could not read the platform account %1.</source>
        <translation>无法读取平台账号 %1。</translation>
    </message>
    <message>
        <source>Could not read the platform account &apos;%1&apos;.</source>
        <translation>无法读取平台账号“%1”。</translation>
    </message>
    <message>
        <source>Could not read the platform accounts of the workspace.</source>
        <translation>无法读取工作区的平台账号。</translation>
    </message>
</context>
<context>
    <name>PlatformAccountService</name>
    <message>
        <source>A platform account needs a name.</source>
        <translation>平台账号需要名称。</translation>
    </message>
    <message>
        <source>A platform account name has at most %1 characters and no control characters.</source>
        <extracomment>%1 is the maximum number of characters</extracomment>
        <translation>平台账号名称最多 %1 个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform IoT CA Desk knows; use apsaramq, tencent-iothub, aws-iot or alibaba-iot.</source>
        <extracomment>%1 is what was given as the platform</extracomment>
        <translation>“%1”不是 IoT CA Desk 支持的平台；请使用 apsaramq、tencent-iothub、aws-iot 或 alibaba-iot。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region id (such as cn-hangzhou, ap-guangzhou or us-east-1).</source>
        <extracomment>%1 is what was given as the region</extracomment>
        <translation>“%1”不是地域 ID（例如 cn-hangzhou、ap-guangzhou 或 us-east-1）。</translation>
    </message>
    <message>
        <source>An ApsaraMQ for MQTT account needs its instance id: the CA certificates are bound to an instance.</source>
        <translation>云消息队列 MQTT 版账号需要实例 ID：CA 证书绑定到实例。</translation>
    </message>
    <message>
        <source>The instance id and the product contain control characters.</source>
        <translation>实例 ID 和产品中包含控制字符。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is not an https:// URL of a host (such as https://127.0.0.1:8443).</source>
        <extracomment>%1 is what was given as the endpoint</extracomment>
        <translation>端点“%1”不是指向主机的 https:// URL（例如 https://127.0.0.1:8443）。</translation>
    </message>
    <message>
        <source>The CA bundle &apos;%1&apos; contains no PEM certificate.</source>
        <translation>CA 证书包“%1”不包含 PEM 证书。</translation>
    </message>
    <message>
        <source>A platform account needs both an AccessKey ID and its secret.</source>
        <translation>平台账号需要同时提供 AccessKey ID 及其密钥。</translation>
    </message>
    <message>
        <source>The AccessKey ID contains spaces or control characters.</source>
        <translation>AccessKey ID 包含空格或控制字符。</translation>
    </message>
    <message>
        <source>There is already a platform account named &apos;%1&apos; in this workspace.</source>
        <translation>此工作区中已有名为“%1”的平台账号。</translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; was removed, but its keychain entry &apos;%2&apos; could not be: remove it with the system&apos;s keychain tool.</source>
        <extracomment>%1 is an account name, %2 the name of a keychain entry</extracomment>
        <translation>已移除平台账号“%1”，但无法移除其钥匙串条目“%2”：请使用系统的钥匙串工具将其移除。</translation>
    </message>
    <message>
        <source>There is no platform account named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 a folder</extracomment>
        <translation>工作区“%2”中没有名为“%1”的平台账号。</translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; has no credentials.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>平台账号“%1”没有凭据。</translation>
    </message>
    <message>
        <source>The credentials of the platform account &apos;%1&apos; are no longer in the keychain; remove the account and add it again.</source>
        <translation>平台账号“%1”的凭据已不在钥匙串中；请移除该账号后重新添加。</translation>
    </message>
    <message>
        <source>The keychain entry of the platform account &apos;%1&apos; is not in a format this version reads.</source>
        <translation>平台账号“%1”的钥匙串条目格式无法被此版本读取。</translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation>平台账号“%1”指定了未知平台“%2”。</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; of the platform account &apos;%2&apos; is not a valid URL.</source>
        <translation>平台账号“%2”的端点“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform supports private CA certificates only in China (Shanghai): the region must be %2, not &apos;%1&apos;.</source>
        <extracomment>%1 is the region given, %2 is &quot;cn-shanghai&quot;</extracomment>
        <translation>阿里云物联网平台仅在华东 2（上海）支持私有 CA 证书：地域必须是 %2，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>PlatformCapabilities</name>
    <message>
        <source>1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation>1 到 64 个字母、数字、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <source>4 to 30 letters, digits or &apos;_&apos;</source>
        <translation>4 到 30 个字母、数字或 &apos;_&apos;</translation>
    </message>
    <message>
        <source>any name (AWS identifies a CA by its certificate id)</source>
        <translation>任意名称（AWS 通过证书 ID 识别 CA）</translation>
    </message>
    <message>
        <source>1 to 32 Chinese characters, letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;@&apos;, &apos;(&apos; or &apos;)&apos;</source>
        <translation>1 到 32 个汉字、字母、数字、&apos;_&apos;、&apos;-&apos;、&apos;@&apos;、&apos;(&apos; 或 &apos;)&apos;</translation>
    </message>
</context>
<context>
    <name>PlatformConnector</name>
    <message>
        <source>The CA bundle &apos;%1&apos; contains no PEM certificate.</source>
        <translation>CA 证书包“%1”不包含 PEM 证书。</translation>
    </message>
</context>
<context>
    <name>PlatformConnectorFactory</name>
    <message>
        <source>Alibaba Cloud IoT Platform has no API for CA certificates: export the upload bundle and register the CA in the IoT Platform console.</source>
        <translation>阿里云物联网平台没有用于 CA 证书的 API：请导出上传包，并在物联网平台控制台中注册该 CA。</translation>
    </message>
</context>
<context>
    <name>PlatformDeviceState</name>
    <message>
        <source>Not read</source>
        <extracomment>What the platform said about a device certificate: nothing read back yet</extracomment>
        <translation>未读取</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>What the platform said about a device certificate</extracomment>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>What the platform said about a device certificate</extracomment>
        <translation>未激活</translation>
    </message>
    <message>
        <source>Not on platform</source>
        <extracomment>What the platform said about a device certificate: its list of the CA&apos;s certificates lacks it</extracomment>
        <translation>不在平台上</translation>
    </message>
    <message>
        <source>Another certificate</source>
        <extracomment>What the platform said about a device certificate: it holds a different certificate with this serial</extracomment>
        <translation>另一张证书</translation>
    </message>
</context>
<context>
    <name>PlatformId</name>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation>云消息队列 MQTT 版</translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation>腾讯云物联网通信</translation>
    </message>
    <message>
        <source>AWS IoT Core</source>
        <translation>AWS IoT Core</translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation>阿里云物联网平台</translation>
    </message>
</context>
<context>
    <name>PostgresLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL workspace URL (postgresql://user@host:port/database).</source>
        <extracomment>%1 is a URL such as postgresql://user@host:5432/database</extracomment>
        <translation>“%1”不是 PostgreSQL 工作区 URL（postgresql://user@host:port/database）。</translation>
    </message>
    <message>
        <source>The workspace URL must not contain a password: it would end up in the shell history and in logs. Keep the password in the keychain instead.</source>
        <translation>工作区 URL 中不得包含密码：否则密码会留在 shell 历史记录和日志中。请改为将密码保存在钥匙串中。</translation>
    </message>
</context>
<context>
    <name>PreflightChecker</name>
    <message>
        <source>%1 does not offer this operation through its API.</source>
        <extracomment>%1 is a platform name such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>%1 未通过其 API 提供此操作。</translation>
    </message>
    <message>
        <source>The CA name &apos;%1&apos; is not accepted by %2: use %3.</source>
        <extracomment>%1 is the CA name, %2 the platform, %3 the rule such as &quot;4 to 30 letters, digits or &apos;_&apos;&quot;</extracomment>
        <translation>%2 不接受 CA 名称“%1”：请使用%3。</translation>
    </message>
    <message>
        <source>CA limit reached: this account already has %1 CA certificates.</source>
        <extracomment>%1 is the number of CA certificates already registered (10 or more)</extracomment>
        <translation>已达到 CA 数量上限：此账号已有 %1 个 CA 证书。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number.</source>
        <translation>“%1”不是十六进制序列号。</translation>
    </message>
    <message>
        <source>The serial number &apos;%1&apos; is longer than the %2 characters the platform accepts.</source>
        <translation>序列号“%1”超过了平台接受的 %2 个字符。</translation>
    </message>
    <message>
        <source>%2 does not accept %1 CA keys.</source>
        <extracomment>%1 a key type such as &quot;ECDSA P-256&quot;, %2 a platform</extracomment>
        <translation>%2 不接受 %1 CA 密钥。</translation>
    </message>
    <message>
        <source>%2 accepts only RSA device certificates from a private CA, not %1.</source>
        <translation>%2 仅接受私有 CA 签发的 RSA 设备证书，不接受 %1。</translation>
    </message>
    <message>
        <source>The CA is active: %1 deletes only inactive CA certificates. Deactivate it first.</source>
        <translation>该 CA 处于激活状态：%1 只能删除未激活的 CA 证书。请先停用它。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like a registration code.</source>
        <translation>“%1”看起来不像注册码。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>Could not generate a %1 key.</source>
        <extracomment>%1 is a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation>无法生成 %1 密钥。</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>该密钥</translation>
    </message>
    <message>
        <source>The %1 is cut off: it should have %2 bytes but has only %3.</source>
        <extracomment>%1 describes the content, e.g. &quot;PKCS#8 private key&quot;; %2 and %3 are byte counts</extracomment>
        <translation>%1 被截断：应有 %2 字节，但只有 %3 字节。</translation>
    </message>
    <message>
        <source>The %1 is damaged and cannot be decoded.</source>
        <extracomment>%1 describes the content, e.g. &quot;PKCS#8 private key&quot;</extracomment>
        <translation>%1 已损坏，无法解码。</translation>
    </message>
    <message>
        <source>The private key is encrypted; its passphrase is required.</source>
        <translation>私钥已加密；需要提供其口令。</translation>
    </message>
    <message>
        <source>The passphrase for the private key is wrong.</source>
        <translation>私钥的口令错误。</translation>
    </message>
    <message>
        <source>The private key is encrypted with a method that is not supported.</source>
        <translation>私钥使用了不支持的加密方法。</translation>
    </message>
    <message>
        <source>The private key file is too large.</source>
        <translation>私钥文件过大。</translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key</source>
        <translation>加密的 PKCS#8 私钥</translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation>PKCS#8 私钥</translation>
    </message>
    <message>
        <source>The PKCS#8 private key holds a key type that is not supported.</source>
        <translation>PKCS#8 私钥包含不支持的密钥类型。</translation>
    </message>
    <message>
        <source>PKCS#1 RSA private key</source>
        <translation>PKCS#1 RSA 私钥</translation>
    </message>
    <message>
        <source>SEC1 EC private key</source>
        <translation>SEC1 EC 私钥</translation>
    </message>
    <message>
        <source>The private key cannot be decoded.</source>
        <translation>无法解码私钥。</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot;, which is not supported; use an RSA or EC key in PEM (PKCS#8, PKCS#1 or SEC1) form.</source>
        <extracomment>%1 is a PEM label such as &quot;OPENSSH PRIVATE KEY&quot;</extracomment>
        <translation>文件包含“%1”，不受支持；请使用 PEM（PKCS#8、PKCS#1 或 SEC1）格式的 RSA 或 EC 密钥。</translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no private key.</source>
        <extracomment>%1 is a PEM label such as &quot;CERTIFICATE&quot; or &quot;PUBLIC KEY&quot;</extracomment>
        <translation>文件包含“%1”，但没有私钥。</translation>
    </message>
    <message>
        <source>The file for the private key is empty.</source>
        <translation>私钥文件为空。</translation>
    </message>
    <message>
        <source>The file holds a certificate, not a private key.</source>
        <translation>文件包含的是证书，不是私钥。</translation>
    </message>
    <message>
        <source>The file holds a public key, not a private key.</source>
        <translation>文件包含的是公钥，不是私钥。</translation>
    </message>
    <message>
        <source>The file holds a certificate signing request, not a private key.</source>
        <translation>文件包含的是证书签名请求，不是私钥。</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>The file is neither a PEM nor a DER private key.</source>
        <translation>该文件既不是 PEM 私钥，也不是 DER 私钥。</translation>
    </message>
    <message>
        <source>There is no key to write.</source>
        <translation>没有可写入的密钥。</translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect a private key.</source>
        <translation>空口令无法保护私钥。</translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation>无法编码私钥。</translation>
    </message>
    <message>
        <source>Could not make a random salt.</source>
        <translation>无法生成随机盐值。</translation>
    </message>
    <message>
        <source>Could not set up the key encryption.</source>
        <translation>无法设置密钥加密。</translation>
    </message>
    <message>
        <source>Could not encrypt the private key.</source>
        <translation>无法加密私钥。</translation>
    </message>
    <message>
        <source>Could not write the encrypted private key.</source>
        <translation>无法写入加密的私钥。</translation>
    </message>
    <message>
        <source>Could not write the private key.</source>
        <translation>无法写入私钥。</translation>
    </message>
</context>
<context>
    <name>PrivateKeyScan</name>
    <message>
        <source>a DER encrypted PKCS #8 private key</source>
        <translation>一个 DER 格式的加密 PKCS #8 私钥</translation>
    </message>
    <message>
        <source>a DER PKCS #8 private key</source>
        <translation>一个 DER 格式的 PKCS #8 私钥</translation>
    </message>
    <message>
        <source>a DER PKCS #12 file</source>
        <translation>一个 DER 格式的 PKCS #12 文件</translation>
    </message>
    <message>
        <source>a DER private key</source>
        <translation>一个 DER 格式的私钥</translation>
    </message>
    <message>
        <source>a PEM &apos;%1&apos; block</source>
        <extracomment>%1 is a PEM label such as &quot;EC PRIVATE KEY&quot;</extracomment>
        <translation>一个 PEM“%1”块</translation>
    </message>
</context>
<context>
    <name>RegistrationRecorder</name>
    <message>
        <source>The CA %1 is not registered with the platform account %2.</source>
        <translation>CA %1 未在平台账号 %2 上注册。</translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>Activated</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation>已激活</translation>
    </message>
    <message>
        <source>Inactivated</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation>已删除</translation>
    </message>
</context>
<context>
    <name>RememberedCaStore</name>
    <message>
        <source>The CA &apos;%1&apos; was not stored, because its passphrase could not be remembered in the system keychain: %2</source>
        <extracomment>%1 is a CA name, %2 the keychain&apos;s reason</extracomment>
        <translation>未保存 CA“%1”，因为无法在系统钥匙串中记住其口令：%2</translation>
    </message>
</context>
<context>
    <name>RemoteCaCommands</name>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>The CA&apos;s name on the platform (default: its name in the workspace).</source>
        <translation>CA 在平台上的名称（默认：其在工作区中的名称）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation>从 &lt;文件&gt; 的第一行读取 CA 的口令。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation>CA 的名称。</translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: pass it with --code.</source>
        <extracomment>%1 is a platform such as &quot;Tencent Cloud IoT Hub&quot;</extracomment>
        <translation>%1 仅在其控制台中显示注册码：请通过 --code 传入。</translation>
    </message>
    <message>
        <source>Registered the CA &apos;%1&apos; with the platform account &apos;%2&apos; as &apos;%3&apos; (%4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation>已将 CA“%1”注册到平台账号“%2”，名称为“%3”（%4）。</translation>
    </message>
    <message>
        <source>Activates a registered CA on the platform; its recorded device certificates that were deactivated with it become Associated again.</source>
        <translation>在平台上激活已注册的 CA；已记录的、随其一起停用的设备证书将恢复为“已关联”。</translation>
    </message>
    <message>
        <source>Deactivates a registered CA on the platform; its Associated device certificates are deactivated with it (the platform does the same).</source>
        <translation>在平台上停用已注册的 CA；其“已关联”的设备证书会随之停用（平台也会这样做）。</translation>
    </message>
    <message numerus="yes">
        <source>Activated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) reactivated.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上激活 CA“%1”；已重新激活 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) deactivated.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上停用 CA“%1”；已停用 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the CA &apos;%1&apos; on the platform account &apos;%2&apos;? The platform deletes its device certificates with it. This cannot be undone.</source>
        <extracomment>%1 is a CA name, %2 an account name</extracomment>
        <translation>要在平台账号“%2”上删除 CA“%1”吗？平台会同时删除其设备证书。此操作无法撤销。</translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not deleted on the platform.</source>
        <translation>未在平台上删除 CA“%1”。</translation>
    </message>
    <message>
        <source>Refusing to delete the CA &apos;%1&apos; on the platform account &apos;%2&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝在平台账号“%2”上删除 CA“%1”；请传入 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) deleted. The workspace keeps the CA.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上删除 CA“%1”；已删除 %n 个设备证书。工作区仍保留该 CA。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the CA certificates of a platform account as the platform reports them (nothing is recorded).</source>
        <translation>按平台报告的内容列出平台账号的 CA 证书（不记录任何内容）。</translation>
    </message>
    <message>
        <source>Syncs only this platform account (default: every account with an API).</source>
        <translation>仅同步此平台账号（默认：所有具有 API 的账号）。</translation>
    </message>
    <message>
        <source>Reads the CAs of the platform accounts and updates the recorded registrations&apos; statuses; a registration the platform no longer knows is marked Deleted.</source>
        <translation>读取各平台账号中的 CA，并更新已记录注册的状态；平台上已不存在的注册将标记为“已删除”。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account name, %2 why syncing it failed</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s) checked, %2 changed, %3 no longer on the platform.</source>
        <extracomment>%1 is an account name, %n registrations checked, %2 changed, %3 no longer on the platform</extracomment>
        <translation>
            <numerusform>%1：已检查 %n 个注册，%2 个已更改，%3 个已不在平台上。</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform account with an API to sync.</source>
        <translation>没有可通过 API 同步的平台账号。</translation>
    </message>
    <message>
        <source>pass --remote-name NAME to register the CA under a name the platform accepts (the workspace keeps its own name).</source>
        <translation>传入 --remote-name NAME，以平台接受的名称注册该 CA（工作区中保留其原名称）。</translation>
    </message>
    <message>
        <source>The registration code (default: fetched from the platform; required for tencent-iothub and alibaba-iot, whose consoles show it, and with --out).</source>
        <translation>注册码（默认：从平台获取；对 tencent-iothub 和 alibaba-iot 必须提供，因为它们在控制台中显示注册码；使用 --out 时也必须提供）。</translation>
    </message>
    <message>
        <source>Sends nothing: writes the upload bundle (CA certificate, verification certificate for --code, README with the steps) to &lt;dir&gt; instead. Required for alibaba-iot.</source>
        <translation>不发送任何内容：改为将上传包（CA 证书、针对 --code 的验证证书、包含操作步骤的 README）写入 &lt;dir&gt;。alibaba-iot 必须使用此选项。</translation>
    </message>
    <message>
        <source>Registers a CA with a platform account: fetches the registration code (unless --code), makes the verification certificate with the CA&apos;s key, uploads both and records the registration. With --out (offline, e.g. on an air-gapped machine), and always for an alibaba-iot account (no API), writes the upload bundle to finish the registration with instead.</source>
        <translation>在平台账号中注册 CA：获取注册码（除非指定 --code），用 CA 的密钥生成验证证书，上传两者并记录注册。使用 --out 时（离线，例如在物理隔离的机器上），以及 alibaba-iot 账号（没有 API）始终如此，改为写入上传包以便稍后完成注册。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n CA registration(s) found on the platform and recorded.</source>
        <extracomment>%1 is an account name, %n the number of CAs recorded from the platform</extracomment>
        <translation>
            <numerusform>%1：在平台上找到并记录了 %n 个 CA 注册。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device certificate(s) on the platform, %2 changed, %3 no longer on the platform, %4 on the platform but not in the workspace.</source>
        <extracomment>%1 is an account name; %n device certificates the platform lists, %2 changed, %3 gone, %4 unknown</extracomment>
        <translation>
            <numerusform>%1：平台上有 %n 张设备证书，%2 张有变化，%3 张已不在平台上，%4 张在平台上但不在工作区中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the device certificate %2 differs from the platform (the platform holds another certificate with this serial number); left as it is.</source>
        <extracomment>%1 is an account name, %2 a serial number</extracomment>
        <translation>%1：设备证书 %2 与平台不一致（平台保存了另一张具有此序列号的证书）；保持不变。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s) recorded by hand now confirmed by the platform.</source>
        <extracomment>%1 is an account name, %n the number of registrations recorded by hand</extracomment>
        <translation>
            <numerusform>%1：平台已确认 %n 个手动记录的注册。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteDeviceCommands</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation>签发 CA 的名称。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation>平台账号的名称。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a serial number, %2 why the platform refused it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>(error code: %1)</source>
        <extracomment>Appended to a refused serial&apos;s line; %1 is the platform&apos;s error code</extracomment>
        <translation>（错误码：%1）</translation>
    </message>
    <message numerus="yes">
        <source>The platform refused %n device certificate(s); the workspace records only the accepted ones.</source>
        <extracomment>%n is the number of device certificates the platform refused</extracomment>
        <translation>
            <numerusform>平台拒绝了 %n 个设备证书；工作区仅记录已接受的证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>A device certificate&apos;s serial number (repeat the option or separate with commas).</source>
        <translation>设备证书的序列号（可重复该选项，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>The CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation>此关联 CSV 中每一行的 CertSN（每一行都必须对应该 CA 的一个设备证书）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Activates device certificates of a CA on a platform account and records them as Associated.</source>
        <translation>在平台账号上激活 CA 的设备证书，并将其记录为“已关联”。</translation>
    </message>
    <message>
        <source>Deactivates device certificates of a CA on a platform account and records them as Inactivated.</source>
        <translation>在平台账号上停用 CA 的设备证书，并将其记录为“已停用”。</translation>
    </message>
    <message numerus="yes">
        <source>Activated %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上激活 CA“%1”的 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上停用 CA“%1”的 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>要在平台账号“%2”上删除 CA“%1”的 %n 个设备证书吗？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was deleted on the platform.</source>
        <translation>未在平台上删除任何设备证书。</translation>
    </message>
    <message>
        <source>Refusing to delete device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝在平台账号“%2”上删除 CA“%1”的设备证书；请传入 --yes。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; the workspace keeps them, marked Deleted.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>已在平台账号“%2”上删除 CA“%1”的 %n 个设备证书；工作区仍保留这些证书，并将其标记为“已删除”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the device certificates a platform account knows for a registered CA, as the platform reports them (nothing is recorded).</source>
        <translation>按平台报告的内容，列出平台账号中某个已注册 CA 的设备证书（不记录任何内容）。</translation>
    </message>
</context>
<context>
    <name>RevocationRepository</name>
    <message>
        <source>Not hexadecimal serial numbers: %1.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation>不是十六进制序列号：%1。</translation>
    </message>
    <message>
        <source>No serial number to revoke was given.</source>
        <translation>未提供要吊销的序列号。</translation>
    </message>
    <message>
        <source>Could not revoke the certificates.</source>
        <translation>无法吊销这些证书。</translation>
    </message>
    <message>
        <source>The CA issued no certificate recorded in this workspace with the serial numbers %1; nothing was revoked.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation>此工作区中没有记录该 CA 签发的序列号为 %1 的证书；未吊销任何证书。</translation>
    </message>
    <message>
        <source>Already revoked: %1; nothing was revoked.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation>已吊销：%1；未吊销任何证书。</translation>
    </message>
    <message>
        <source>Could not read the revocations of the CA %1.</source>
        <translation>无法读取 CA %1 的吊销记录。</translation>
    </message>
    <message>
        <source>Could not count the CRLs of the CA %1.</source>
        <translation>无法统计 CA %1 的 CRL。</translation>
    </message>
</context>
<context>
    <name>RootCommand</name>
    <message>
        <source>Shows the version of iotca.</source>
        <translation>显示 iotca 的版本。</translation>
    </message>
    <message>
        <source>IoT CA Desk on the command line: private CAs and device certificates for IoT fleets.</source>
        <translation>命令行版 IoT CA Desk：面向 IoT 设备群的私有 CA 和设备证书。</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not read the workspace database&apos;s version.</source>
        <translation>无法读取工作区数据库的版本。</translation>
    </message>
    <message>
        <source>Could not read the workspace database.</source>
        <translation>无法读取工作区数据库。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not an IoT CA Desk workspace.</source>
        <translation>文件“%1”不是 IoT CA Desk 工作区。</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; was written by a newer version of IoT CA Desk (schema %2; this version reads up to %3). Update IoT CA Desk to open it.</source>
        <extracomment>%1 is a file, %2 and %3 are schema version numbers</extracomment>
        <translation>工作区“%1”由更新版本的 IoT CA Desk 写入（架构 %2；此版本最高可读取 %3）。请更新 IoT CA Desk 后再打开。</translation>
    </message>
    <message>
        <source>Could not upgrade the workspace database to schema version %1.</source>
        <extracomment>%1 is a schema version number</extracomment>
        <translation>无法将工作区数据库升级到架构版本 %1。</translation>
    </message>
</context>
<context>
    <name>SecureRandom</name>
    <message>
        <source>The random generator could not deliver %1 bytes.</source>
        <translation>随机数生成器无法提供 %1 个字节。</translation>
    </message>
</context>
<context>
    <name>SerialNumber</name>
    <message>
        <source>A serial number may have at most 20 bytes; this one has %1.</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation>序列号最多 20 个字节；此序列号有 %1 个字节。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: misplaced separator.</source>
        <extracomment>%1 is the text the user gave</extracomment>
        <translation>“%1”不是十六进制序列号：分隔符位置不正确。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: &apos;%2&apos; is not a hexadecimal digit.</source>
        <extracomment>%1 is the text the user gave, %2 the offending character</extracomment>
        <translation>“%1”不是十六进制序列号：“%2”不是十六进制数字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: it has no digits.</source>
        <translation>“%1”不是十六进制序列号：不含任何数字。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a serial number: at most 20 bytes (40 hexadecimal digits) are allowed.</source>
        <extracomment>%1 is the text the user gave</extracomment>
        <translation>“%1”作为序列号过长：最多允许 20 个字节（40 个十六进制数字）。</translation>
    </message>
</context>
<context>
    <name>SerialReservation</name>
    <message>
        <source>Could not record the certificate&apos;s serial number in the workspace.</source>
        <translation>无法在工作区中记录该证书的序列号。</translation>
    </message>
    <message>
        <source>Could not release a reserved serial number.</source>
        <translation>无法释放已预留的序列号。</translation>
    </message>
</context>
<context>
    <name>ShamirSecretSharing</name>
    <message>
        <source>There is no secret to split.</source>
        <translation>没有要拆分的秘密。</translation>
    </message>
    <message>
        <source>Cannot split a secret into %2 shares of which %1 are needed: use 2 &lt;= needed &lt;= shares &lt;= %3.</source>
        <extracomment>%1 is the number of shares needed, %2 the number of shares, %3 the largest number of shares</extracomment>
        <translation>无法将秘密拆分为需要其中 %1 份的 %2 份：请满足 2 &lt;= 所需份数 &lt;= 总份数 &lt;= %3。</translation>
    </message>
    <message>
        <source>There are no shares to recombine.</source>
        <translation>没有要合并的份额。</translation>
    </message>
    <message>
        <source>The shares do not fit together.</source>
        <translation>这些份额无法拼合在一起。</translation>
    </message>
    <message>
        <source>Share %1 was given twice.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation>份额 %1 给出了两次。</translation>
    </message>
</context>
<context>
    <name>ShareInput</name>
    <message>
        <source>The input ended before enough shares were typed; nothing was restored.</source>
        <translation>输入在给出足够份额之前就结束了；未恢复任何内容。</translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>Standard input holds more than %1; shares are much shorter.</source>
        <extracomment>%1 is a size such as &quot;64 KiB&quot;</extracomment>
        <translation>标准输入超过 %1；份额要短得多。</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message numerus="yes">
        <source>Type %n shares of the set %1, one line at a time (case, spaces and hyphens do not matter).</source>
        <extracomment>%n is the number of shares needed, %1 a share set id</extracomment>
        <translation>
            <numerusform>请输入份额组 %1 的 %n 份份额，每次一行（大小写、空格和连字符无关紧要）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share %1 of %2, line %3: </source>
        <extracomment>Prompt on the terminal; %1 the share being typed (1, 2, ...), %2 the number needed, %3 a line number</extracomment>
        <translation>第 %1 份（共需 %2 份），第 %3 行： </translation>
    </message>
    <message>
        <source>Type the line again.</source>
        <translation>请重新输入这一行。</translation>
    </message>
    <message>
        <source>This is not the first line of a share. Type the line again.</source>
        <translation>这不是份额的第一行。请重新输入这一行。</translation>
    </message>
    <message>
        <source>Type this share again.</source>
        <translation>请重新输入这个份额。</translation>
    </message>
    <message>
        <source>This share belongs to the set %1, not to this backup&apos;s set %2. Type a share of the set %2.</source>
        <extracomment>%1 and %2 are share set ids</extracomment>
        <translation>此份额属于份额组 %1，而不是此备份的份额组 %2。请输入份额组 %2 的份额。</translation>
    </message>
    <message>
        <source>Share %1 was typed already. Type another share.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation>份额 %1 已经输入过。请输入另一个份额。</translation>
    </message>
    <message>
        <source>Share %1 of %2 accepted.</source>
        <extracomment>%1 is a share number, %2 the number of shares of the set</extracomment>
        <translation>已接受第 %1 份（共 %2 份）。</translation>
    </message>
</context>
<context>
    <name>SharePdfWriter</name>
    <message>
        <source>The share sheets cannot be printed to PDF: this program was started without graphics support.</source>
        <translation>无法将份额页打印为 PDF：本程序启动时没有图形支持。</translation>
    </message>
    <message>
        <source>There are no share sheets to print.</source>
        <translation>没有要打印的份额页。</translation>
    </message>
    <message>
        <source>CA key backup: passphrase shares</source>
        <translation>CA 密钥备份：口令份额</translation>
    </message>
    <message>
        <source>The share sheets could not be printed to PDF.</source>
        <translation>无法将份额页打印为 PDF。</translation>
    </message>
    <message>
        <source>CA key backup: passphrase share %1 of %2</source>
        <extracomment>%1 is the share number, %2 the number of shares</extracomment>
        <translation>CA 密钥备份：口令份额第 %1 份，共 %2 份</translation>
    </message>
    <message numerus="yes">
        <source>Any %n shares of the set %1 restore the passphrase of the CA key backup; fewer reveal nothing about it.</source>
        <extracomment>%n is the number of shares needed, %1 the share set id</extracomment>
        <translation>
            <numerusform>份额组 %1 中任意 %n 份即可恢复 CA 密钥备份的口令；少于此数则不会泄露任何信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share set: %1</source>
        <translation>份额组：%1</translation>
    </message>
    <message>
        <source>Share: %1 of %2, %3 needed</source>
        <translation>份额：第 %1 份，共 %2 份，需要 %3 份</translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation>CA：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation>证书 SHA-256：</translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>To restore, type these lines into `iotca key restore --shares-from-stdin` (case, spaces and hyphens do not matter; each line carries check letters, so a typing error is found and named) or give the share&apos;s text file with --share. Without IoT CA Desk, use recombine_shares.py from the backup folder as its README.txt describes.</source>
        <translation>恢复时，将这些行输入 `iotca key restore --shares-from-stdin`（大小写、空格和连字符无关紧要；每行带有校验字母，输入错误会被发现并指出），或用 --share 给出份额的文本文件。不使用 IoT CA Desk 时，按备份文件夹中 README.txt 的说明使用其中的 recombine_shares.py。</translation>
    </message>
    <message>
        <source>Keep this sheet secret, apart from the backup medium and from the other shares.</source>
        <translation>请对本页保密，并与备份介质及其他份额分开保管。</translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation>保管人：</translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation>签名和日期：</translation>
    </message>
</context>
<context>
    <name>SubCaRequests</name>
    <message>
        <source>Could not read the pending sub-CA requests.</source>
        <translation>无法读取待处理的子 CA 请求。</translation>
    </message>
    <message>
        <source>There is already a CA or a pending sub-CA request named &apos;%1&apos; in this workspace.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>此工作区中已有名为“%1”的 CA 或待处理的子 CA 请求。</translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation>CA 需要一个名称。</translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase.</source>
        <translation>CA“%1”的私钥需要一个口令。</translation>
    </message>
    <message>
        <source>Could not store the key of the sub-CA &apos;%1&apos;.</source>
        <translation>无法保存子 CA“%1”的密钥。</translation>
    </message>
    <message>
        <source>No sub-CA key made here (iotca ca create-csr) matches the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is a certificate subject</extracomment>
        <translation>此处生成的子 CA 密钥（iotca ca create-csr）中没有与证书“%1”匹配的。</translation>
    </message>
</context>
<context>
    <name>TeamWorkspacePasswords</name>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation>密码为空；未保存任何内容。</translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <extracomment>%1 is the reason (the server&apos;s answer)</extracomment>
        <translation>未保存密码：%1</translation>
    </message>
    <message>
        <source>The password for &apos;%1&apos; could not be stored in the keychain: %2</source>
        <extracomment>%1 is a URL, %2 the keychain&apos;s reason</extracomment>
        <translation>无法将“%1”的密码保存到钥匙串：%2</translation>
    </message>
    <message>
        <source>The password entered was refused.</source>
        <translation>输入的密码被拒绝。</translation>
    </message>
    <message>
        <source>The password stored in the keychain was refused.</source>
        <translation>钥匙串中保存的密码被拒绝。</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so no password was sent.</source>
        <extracomment>%1 is the keychain&apos;s reason</extracomment>
        <translation>无法读取钥匙串（%1），因此未发送密码。</translation>
    </message>
    <message>
        <source>No password for it is stored in the keychain.</source>
        <translation>钥匙串中没有保存它的密码。</translation>
    </message>
</context>
<context>
    <name>ThrowawayTlsIdentity</name>
    <message>
        <source>The emulator could not make its throwaway TLS certificate with openssl.</source>
        <translation>模拟器无法使用 openssl 生成临时 TLS 证书。</translation>
    </message>
    <message>
        <source>The emulator could not create a temporary folder.</source>
        <translation>模拟器无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>The emulator could not write its TLS certificate settings.</source>
        <translation>模拟器无法写入其 TLS 证书设置。</translation>
    </message>
    <message>
        <source>The emulator&apos;s throwaway TLS certificate could not be loaded.</source>
        <translation>无法加载模拟器的临时 TLS 证书。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The workspace &apos;%1&apos; is open read-only; nothing can be changed.</source>
        <translation>工作区“%1”以只读方式打开；无法进行任何更改。</translation>
    </message>
    <message>
        <source>Could not start a change in the workspace &apos;%1&apos;; another program may be writing to it.</source>
        <translation>无法在工作区“%1”中开始更改；可能有其他程序正在写入该工作区。</translation>
    </message>
    <message>
        <source>Could not start a change in the workspace &apos;%1&apos;.</source>
        <translation>无法在工作区“%1”中开始更改。</translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation>该更改已完成。</translation>
    </message>
    <message>
        <source>Could not save the change in the workspace &apos;%1&apos;.</source>
        <translation>无法在工作区“%1”中保存更改。</translation>
    </message>
</context>
<context>
    <name>TransferBundleImporter</name>
    <message>
        <source>Imported from a transfer bundle (manifest SHA-256 %1).</source>
        <extracomment>%1 is the SHA-256 of the bundle&apos;s manifest</extracomment>
        <translation>从传输包导入（清单 SHA-256 %1）。</translation>
    </message>
</context>
<context>
    <name>TransferBundleManifest</name>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <extracomment>%1 is the manifest file, %2 a JSON field such as &quot;files[2].sha256&quot;, %3 what is wrong</extracomment>
        <translation>%1，字段“%2”：%3</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <extracomment>%1 is the manifest file, %2 the byte offset, %3 the parser&apos;s reason</extracomment>
        <translation>%1 不是有效的 JSON（第 %2 字节：%3）。</translation>
    </message>
    <message>
        <source>is not &quot;%1&quot;.</source>
        <translation>不是“%1”。</translation>
    </message>
    <message>
        <source>is not %1.</source>
        <translation>不是 %1。</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>为空。</translation>
    </message>
    <message>
        <source>needs platform, registrationCode and verificationCertificate.</source>
        <translation>需要 platform、registrationCode 和 verificationCertificate。</translation>
    </message>
    <message>
        <source>is not a plain file name of the bundle.</source>
        <translation>不是传输包中的普通文件名。</translation>
    </message>
    <message>
        <source>is not 64 lower-case hex digits.</source>
        <translation>不是 64 个小写十六进制数字。</translation>
    </message>
    <message>
        <source>names a file twice.</source>
        <translation>重复列出了同一个文件。</translation>
    </message>
    <message>
        <source>does not list &apos;%1&apos;.</source>
        <translation>没有列出“%1”。</translation>
    </message>
</context>
<context>
    <name>TransferBundleReader</name>
    <message>
        <source>%1 is not a regular file; a bundle holds only the files its manifest lists.</source>
        <extracomment>%1 is a path</extracomment>
        <translation>%1 不是普通文件；传输包只包含其清单列出的文件。</translation>
    </message>
    <message>
        <source>%1 is not listed in %2: someone added it after the bundle was signed.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation>%1 未在 %2 中列出：有人在传输包签名后添加了它。</translation>
    </message>
    <message>
        <source>%1 is missing: %2 lists it.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation>缺少 %1：%2 列出了它。</translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 is not the one %2 lists.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation>%1 已被更改：其 SHA-256 与 %2 中列出的不一致。</translation>
    </message>
    <message>
        <source>%1 holds private key material (%2); a bundle never carries a private key.</source>
        <extracomment>%1 is a path, %2 what was found such as &quot;a PEM &apos;EC PRIVATE KEY&apos; block&quot;</extracomment>
        <translation>%1 含有私钥材料（%2）；传输包绝不携带私钥。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>%1 is missing: without it the bundle cannot be checked.</source>
        <extracomment>%1 is a path</extracomment>
        <translation>缺少 %1：没有它就无法检查传输包。</translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <extracomment>%1 is a path, %2 the reason</extracomment>
        <translation>%1 不是证书：%2</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate: %2</source>
        <translation>%1 不是 CA 证书：%2</translation>
    </message>
    <message>
        <source>%1 does not verify %2 with the key of the CA certificate in %3: the manifest or its signature was changed, or they are from another CA.</source>
        <extracomment>%1 and %2 are paths (the signature and the manifest), %3 the CA certificate file</extracomment>
        <translation>用 %3 中 CA 证书的密钥，%1 无法验证 %2：清单或其签名已被更改，或者它们来自另一个 CA。</translation>
    </message>
    <message>
        <source>%1 states another fingerprint for the CA than that of %2.</source>
        <translation>%1 中记载的 CA 指纹与 %2 的指纹不同。</translation>
    </message>
    <message>
        <source>%1 holds no certificates.</source>
        <extracomment>%1 is a path</extracomment>
        <translation>%1 不含任何证书。</translation>
    </message>
    <message>
        <source>%1 does not chain to the root in %2: %3</source>
        <extracomment>%1 and %2 are paths, %3 the reason</extracomment>
        <translation>%1 无法链接到 %2 中的根 CA：%3</translation>
    </message>
    <message>
        <source>%1 is not a root CA and the bundle has no %2 with its issuers.</source>
        <extracomment>%1 is a path, %2 the chain file name</extracomment>
        <translation>%1 不是根 CA，而传输包中没有包含其签发者的 %2。</translation>
    </message>
    <message>
        <source>%1 names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is the manifest file, %2 a platform id</extracomment>
        <translation>%1 指定了未知的平台“%2”。</translation>
    </message>
    <message>
        <source>%1 is not a verification certificate of this CA for its registration code: %2</source>
        <extracomment>%1 is a path, %2 the reason</extracomment>
        <translation>%1 不是此 CA 为其注册码生成的验证证书：%2</translation>
    </message>
</context>
<context>
    <name>TransferBundleWriter</name>
    <message>
        <source>&apos;%1&apos; is not a verification certificate for this CA and code: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation>“%1”不是此 CA 和注册码的验证证书：%2</translation>
    </message>
    <message>
        <source>The verification certificate could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>无法生成验证证书：%1</translation>
    </message>
    <message>
        <source>The CA certificate and its own private key are needed to sign the bundle.</source>
        <translation>签名传输包需要 CA 证书及其自己的私钥。</translation>
    </message>
    <message>
        <source>No folder was given for the bundle.</source>
        <translation>没有为传输包指定文件夹。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; a bundle needs a folder of its own (the importing side refuses any file the manifest does not list).</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>文件夹“%1”不是空的；传输包需要一个单独的文件夹（导入方会拒绝清单未列出的任何文件）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot go into a bundle under its name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”不能以此名称放入传输包：只能使用字母、数字、“.”、“_”和“-”。</translation>
    </message>
    <message>
        <source>Two files would be called &apos;%1&apos; in the bundle; rename one.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>传输包中会有两个文件都叫“%1”；请重命名其中一个。</translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;.</source>
        <extracomment>%1 is a platform id</extracomment>
        <translation>未知的平台“%1”。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds private key material (%2); nothing was written. A bundle never carries a private key.</source>
        <extracomment>%1 is a file, %2 what was found such as &quot;a PEM &apos;EC PRIVATE KEY&apos; block&quot;</extracomment>
        <translation>“%1”含有私钥材料（%2）；未写入任何内容。传输包绝不携带私钥。</translation>
    </message>
    <message>
        <source>The verification certificate cannot be recorded: no workspace was given.</source>
        <translation>无法记录验证证书：未提供工作区。</translation>
    </message>
</context>
<context>
    <name>VerificationCertificate</name>
    <message>
        <source>The registration code is empty.</source>
        <translation>注册码为空。</translation>
    </message>
    <message>
        <source>The registration code cannot be used as a Common Name: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>注册码不能用作通用名称（Common Name）：%1</translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation>无法创建证书。</translation>
    </message>
    <message>
        <source>The verification certificate cannot be read: %1</source>
        <extracomment>%1 is the reason the file could not be read</extracomment>
        <translation>无法读取验证证书：%1</translation>
    </message>
    <message>
        <source>There is no CA certificate to check against.</source>
        <translation>没有可用于核对的 CA 证书。</translation>
    </message>
    <message>
        <source>The verification certificate was issued by &apos;%1&apos;, not by the CA &apos;%2&apos;.</source>
        <extracomment>%1 is the issuer&apos;s name in the file, %2 the CA&apos;s name</extracomment>
        <translation>验证证书由“%1”颁发，而不是由 CA“%2”颁发。</translation>
    </message>
    <message>
        <source>The verification certificate names the CA &apos;%1&apos; as issuer, but its signature was not made with that CA&apos;s key.</source>
        <translation>验证证书将 CA“%1”列为颁发者，但其签名并非使用该 CA 的密钥生成。</translation>
    </message>
    <message>
        <source>The verification certificate expired on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>验证证书已于 %1 过期。</translation>
    </message>
    <message>
        <source>The verification certificate is not valid before %1.</source>
        <translation>验证证书在 %1 之前无效。</translation>
    </message>
    <message>
        <source>The verification certificate is itself a CA certificate; it must be an end-entity certificate.</source>
        <translation>验证证书本身是 CA 证书；它必须是终端实体证书。</translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is &apos;%1&apos;, but the registration code is &apos;%2&apos;.</source>
        <extracomment>%1 is the CN found, %2 the registration code expected</extracomment>
        <translation>验证证书的通用名称（Common Name）为“%1”，但注册码为“%2”。</translation>
    </message>
</context>
<context>
    <name>VerificationCertificateFile</name>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在，未写入任何内容。</translation>
    </message>
    <message>
        <source>Cannot write the verification certificate to &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>无法将验证证书写入“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the verification certificate to &apos;%1&apos;; the certificate (serial %2) is recorded in the workspace as made but was not written.</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation>无法将验证证书写入“%1”；该证书（序列号 %2）已作为已签发记录在工作区中，但未写入文件。</translation>
    </message>
</context>
<context>
    <name>VerificationCertificateLedger</name>
    <message>
        <source>a file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>a registration with the platform</source>
        <translation>在平台上注册</translation>
    </message>
    <message>
        <source>an offline registration folder</source>
        <translation>离线注册文件夹</translation>
    </message>
    <message>
        <source>a transfer bundle</source>
        <translation>传输包</translation>
    </message>
    <message>
        <source>Could not record the verification certificate in the workspace.</source>
        <translation>无法在工作区中记录验证证书。</translation>
    </message>
    <message>
        <source>No certificate was given.</source>
        <translation>未提供证书。</translation>
    </message>
    <message>
        <source>The certificate is not signed by the CA &apos;%1&apos;.</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation>该证书不是由 CA“%1”签名的。</translation>
    </message>
    <message>
        <source>Could not read the verification certificates.</source>
        <extracomment>%1 is a stored name such as &quot;file&quot;</extracomment>
        <translation>无法读取验证证书。</translation>
    </message>
    <message>
        <source>Unknown purpose &apos;%1&apos;.</source>
        <translation>未知用途“%1”。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Writes a consistent copy of the workspace to a file.</source>
        <translation>将工作区的一致副本写入文件。</translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup.</source>
        <translation>用备份替换工作区。</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>要写入的备份文件。</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the workspace to FILE.</source>
        <translation>将工作区的一致副本写入 FILE。</translation>
    </message>
    <message>
        <source>Backed up the workspace &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation>已将工作区“%1”备份到“%2”。</translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation>要恢复的备份文件。</translation>
    </message>
    <message>
        <source>Replaces the workspace with the backup in FILE. Asks first when a workspace is already there.</source>
        <translation>用 FILE 中的备份替换工作区。如果已存在工作区，会先询问。</translation>
    </message>
    <message>
        <source>Replace the workspace in &apos;%1&apos; with the backup? Everything recorded there since the backup is lost.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>要用备份替换“%1”中的工作区吗？自该备份以来记录的所有内容都将丢失。</translation>
    </message>
    <message>
        <source>The workspace was not restored.</source>
        <translation>未恢复工作区。</translation>
    </message>
    <message>
        <source>Refusing to replace the existing workspace in &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation>未经确认，拒绝替换“%1”中的现有工作区；请传入 --yes。</translation>
    </message>
    <message>
        <source>Restored the workspace &apos;%1&apos; from &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation>已从“%2”恢复工作区“%1”。</translation>
    </message>
    <message>
        <source>Copies the workspace into a new one (a folder or a team workspace).</source>
        <translation>将工作区复制到新的工作区（文件夹或团队工作区）。</translation>
    </message>
    <message>
        <source>The new workspace: a folder, or postgresql://user@host:port/database.</source>
        <translation>新工作区：文件夹，或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>target</source>
        <extracomment>Placeholder in --help: a folder or a PostgreSQL URL</extracomment>
        <translation>目标</translation>
    </message>
    <message>
        <source>Copies every row of the workspace into a new, empty one (SQLite folder or PostgreSQL team workspace), checks it row for row and verifies its audit chain.</source>
        <translation>将工作区的每一行复制到一个新的空工作区（SQLite 文件夹或 PostgreSQL 团队工作区），逐行核对并验证其审计链。</translation>
    </message>
    <message>
        <source>Copied %1 rows to &apos;%2&apos;; its audit log verifies (%3 entries).</source>
        <extracomment>%1 is a number of rows, %2 a folder or URL, %3 a number of audit entries</extracomment>
        <translation>已将 %1 行复制到“%2”；其审计日志验证通过（%3 条记录）。</translation>
    </message>
    <message>
        <source>Backs up, restores and copies the workspace; keeps a team workspace&apos;s password.</source>
        <translation>备份、恢复和复制工作区；保存团队工作区的密码。</translation>
    </message>
</context>
<context>
    <name>WorkspaceConnections</name>
    <message>
        <source>Could not open the workspace database &apos;%1&apos;.</source>
        <translation>无法打开工作区数据库“%1”。</translation>
    </message>
    <message>
        <source>Could not set up the workspace database &apos;%1&apos;.</source>
        <translation>无法设置工作区数据库“%1”。</translation>
    </message>
    <message>
        <source>Could not connect to the team workspace &apos;%1&apos;.</source>
        <translation>无法连接到团队工作区“%1”。</translation>
    </message>
    <message>
        <source>Could not set up the team workspace &apos;%1&apos;.</source>
        <translation>无法设置团队工作区“%1”。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %2:%3 did not accept the role &apos;%1&apos; (a missing or wrong password) for the team workspace &apos;%4&apos;.</source>
        <extracomment>%1 is a role (user) name, %2 a host, %3 a port number, %4 a URL</extracomment>
        <translation>PostgreSQL 服务器 %2:%3 未接受团队工作区“%4”的角色“%1”（密码缺失或错误）。</translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Could not read the table &apos;%1&apos;.</source>
        <translation>无法读取表“%1”。</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is not empty; copy into a new workspace.</source>
        <translation>工作区“%1”不为空；请复制到新的工作区。</translation>
    </message>
    <message>
        <source>Could not copy the table &apos;%1&apos;.</source>
        <translation>无法复制表“%1”。</translation>
    </message>
    <message>
        <source>The copy of the table &apos;%1&apos; does not match the original; nothing was copied.</source>
        <translation>表“%1”的副本与原表不一致；未复制任何内容。</translation>
    </message>
    <message>
        <source>The copied audit log does not verify: %1</source>
        <translation>复制后的审计日志验证未通过：%1</translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace &apos;%1&apos; is open in %2 (process %3 on %4). Close it there, or open the workspace read-only.</source>
        <extracomment>%1 is the workspace folder, %2 a program name, %3 a process id, %4 a computer name</extracomment>
        <translation>工作区“%1”已在 %2 中打开（%4 上的进程 %3）。请在该处关闭它，或以只读方式打开工作区。</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is open in another program. Close it there, or open the workspace read-only.</source>
        <translation>工作区“%1”已在另一个程序中打开。请在该处关闭它，或以只读方式打开工作区。</translation>
    </message>
    <message>
        <source>Cannot create the lock file in the workspace &apos;%1&apos;: permission denied.</source>
        <translation>无法在工作区“%1”中创建锁文件：权限被拒绝。</translation>
    </message>
    <message>
        <source>Cannot lock the workspace &apos;%1&apos;.</source>
        <translation>无法锁定工作区“%1”。</translation>
    </message>
</context>
<context>
    <name>WorkspacePasswordCommands</name>
    <message>
        <source>Keeps a team workspace&apos;s password in the keychain.</source>
        <translation>在钥匙串中保存团队工作区的密码。</translation>
    </message>
    <message>
        <source>Checks a team workspace&apos;s password and stores it in the keychain.</source>
        <translation>检查团队工作区的密码并将其保存到钥匙串。</translation>
    </message>
    <message>
        <source>Removes a team workspace&apos;s password from the keychain.</source>
        <translation>从钥匙串中删除团队工作区的密码。</translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE instead of asking.</source>
        <translation>从 FILE 的第一行读取密码，而不是询问。</translation>
    </message>
    <message>
        <source>The team workspace: postgresql://user@host:port/database.</source>
        <translation>团队工作区：postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Asks for the password of the PostgreSQL role in URL (or reads it from --password-file), checks it with the server and stores it in the OS keychain. Every command that opens URL uses it from then on.</source>
        <translation>询问 URL 中 PostgreSQL 角色的密码（或从 --password-file 读取），向服务器验证后保存到操作系统钥匙串。此后所有打开该 URL 的命令都会使用它。</translation>
    </message>
    <message>
        <source>No password to store: use --password-file, or run on a terminal.</source>
        <translation>没有可保存的密码：请使用 --password-file，或在终端中运行。</translation>
    </message>
    <message>
        <source>Password of the role &apos;%1&apos; for %2:</source>
        <extracomment>Prompt on the terminal; %1 is a role name, %2 a URL</extracomment>
        <translation>角色“%1”在 %2 上的密码：</translation>
    </message>
    <message>
        <source>Stored the password for &apos;%1&apos; in the keychain.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>已将“%1”的密码保存到钥匙串。</translation>
    </message>
    <message>
        <source>Removes the password stored for URL from the OS keychain.</source>
        <translation>从操作系统钥匙串中删除为 URL 保存的密码。</translation>
    </message>
    <message>
        <source>No password for &apos;%1&apos; is stored in the keychain any more.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation>钥匙串中已不再保存“%1”的密码。</translation>
    </message>
</context>
<context>
    <name>iotca::app::ConsoleProgress</name>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <extracomment>Progress line on the terminal: %1 what is done (&quot;Issuing device certificates&quot;), %2 of %3 items, %4 percent</extracomment>
        <translation>%1：%3 中的 %2（%4%）</translation>
    </message>
    <message>
        <source>- stopping after the current batch...</source>
        <extracomment>Appended to the progress line after Ctrl-C</extracomment>
        <translation>- 当前批次完成后停止...</translation>
    </message>
    <message>
        <source>Stopping at the next consistent point; press Ctrl-C again to abort at once.</source>
        <extracomment>Printed when the user presses Ctrl-C during a long operation</extracomment>
        <translation>将在下一个一致点停止；再次按 Ctrl-C 可立即中止。</translation>
    </message>
</context>
<context>
    <name>iotca::model::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The network connection is no longer available.</source>
        <translation>网络连接已不可用。</translation>
    </message>
    <message>
        <source>The platform sent an answer that is not valid JSON.</source>
        <translation>平台返回的应答不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The platform&apos;s TLS certificate is not trusted, so nothing was sent. If this is a private endpoint, add its CA certificate to the account&apos;s CA bundle.</source>
        <translation>平台的 TLS 证书不受信任，因此未发送任何内容。如果这是私有端点，请将其 CA 证书添加到该账号的 CA 证书包中。</translation>
    </message>
    <message>
        <source>The platform endpoint refused the connection.</source>
        <translation>平台端点拒绝了连接。</translation>
    </message>
    <message>
        <source>The platform endpoint&apos;s host name could not be resolved.</source>
        <translation>无法解析平台端点的主机名。</translation>
    </message>
    <message>
        <source>The request to the platform failed.</source>
        <translation>向平台发送的请求失败。</translation>
    </message>
    <message numerus="yes">
        <source>The platform did not answer: %n attempt(s) of %1 s each, %2 s in all.</source>
        <extracomment>%n attempts; %1 seconds per attempt, %2 seconds in all (both may have one decimal)</extracomment>
        <translation>
            <numerusform>平台没有应答：共尝试 %n 次，每次 %1 秒，总计 %2 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::model::ApsaraMqConnector</name>
    <message>
        <source>The ApsaraMQ account &apos;%1&apos; has no instance id; CAs are bound to an instance.</source>
        <translation>ApsaraMQ 账号“%1”没有实例 ID；CA 需要绑定到实例。</translation>
    </message>
    <message>
        <source>ApsaraMQ answered without a registration code.</source>
        <translation>ApsaraMQ 的应答中没有注册码。</translation>
    </message>
    <message>
        <source>ApsaraMQ answered without the CA&apos;s serial number.</source>
        <translation>ApsaraMQ 的应答中没有 CA 的序列号。</translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is not the registration code ApsaraMQ issued.</source>
        <translation>验证证书的通用名称（Common Name）不是 ApsaraMQ 颁发的注册码。</translation>
    </message>
    <message>
        <source>This registration code has already been used; fetch a new one and make a new verification certificate.</source>
        <translation>此注册码已被使用；请获取新的注册码并生成新的验证证书。</translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the certificates: the CA needs basicConstraints CA:TRUE and the verification certificate must be signed by the CA&apos;s key.</source>
        <translation>ApsaraMQ 拒绝了这些证书：CA 需要包含 basicConstraints CA:TRUE，且验证证书必须由 CA 的密钥签名。</translation>
    </message>
    <message>
        <source>A CA certificate with this serial number is already registered.</source>
        <translation>具有此序列号的 CA 证书已注册。</translation>
    </message>
    <message>
        <source>ApsaraMQ has no CA certificate with this serial number.</source>
        <translation>ApsaraMQ 中没有具有此序列号的 CA 证书。</translation>
    </message>
    <message>
        <source>ApsaraMQ has no device certificate with this serial number under this CA.</source>
        <translation>ApsaraMQ 中此 CA 下没有具有此序列号的设备证书。</translation>
    </message>
    <message>
        <source>The ApsaraMQ instance of this account does not exist in this region.</source>
        <translation>此账号的 ApsaraMQ 实例在该地域中不存在。</translation>
    </message>
    <message>
        <source>This AccessKey may not manage the ApsaraMQ instance; check the RAM permissions.</source>
        <translation>此 AccessKey 可能无权管理该 ApsaraMQ 实例；请检查 RAM 权限。</translation>
    </message>
    <message>
        <source>ApsaraMQ rejected a parameter of the request as missing or invalid.</source>
        <translation>ApsaraMQ 认为请求中的某个参数缺失或无效而拒绝了请求。</translation>
    </message>
    <message>
        <source>ApsaraMQ could not count the instance&apos;s CA certificates; try again later.</source>
        <translation>ApsaraMQ 无法统计该实例的 CA 证书数量；请稍后重试。</translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the request signature: check the AccessKey secret of this account.</source>
        <translation>ApsaraMQ 拒绝了请求签名：请检查此账号的 AccessKey Secret。</translation>
    </message>
    <message>
        <source>ApsaraMQ does not know this AccessKey ID, or it is disabled.</source>
        <translation>ApsaraMQ 无法识别此 AccessKey ID，或该 AccessKey ID 已被禁用。</translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the request time: check this computer&apos;s clock.</source>
        <translation>ApsaraMQ 拒绝了请求时间：请检查此计算机的时钟。</translation>
    </message>
    <message>
        <source>ApsaraMQ saw this request before (nonce reused).</source>
        <translation>ApsaraMQ 之前已收到过此请求（nonce 重复使用）。</translation>
    </message>
    <message>
        <source>ApsaraMQ is throttling this account; try again in a moment.</source>
        <translation>ApsaraMQ 正在对此账号进行限流；请稍后重试。</translation>
    </message>
    <message>
        <source>ApsaraMQ says a required parameter is missing (%1).</source>
        <translation>ApsaraMQ 提示缺少必需参数（%1）。</translation>
    </message>
    <message>
        <source>ApsaraMQ reported a server error (HTTP %1).</source>
        <translation>ApsaraMQ 报告了服务器错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>ApsaraMQ refused the request (HTTP %1, %2).</source>
        <translation>ApsaraMQ 拒绝了请求（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <source>ApsaraMQ refused another CA certificate (CaNumExceed: %1): the instance has as many as the platform allows. Delete a CA certificate it no longer needs, then try again.</source>
        <extracomment>%1 is the platform&apos;s message, such as &quot;CA certificate num exceed&quot;</extracomment>
        <translation>云消息队列 MQTT 版拒绝了新的 CA 证书（CaNumExceed：%1）：该实例的 CA 证书已达到平台允许的数量。请先删除不再需要的 CA 证书，然后重试。</translation>
    </message>
</context>
<context>
    <name>iotca::model::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what an audit log entry&apos;s action was done to</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>CA created</source>
        <translation>已创建 CA</translation>
    </message>
    <message>
        <source>CA imported</source>
        <translation>已导入 CA</translation>
    </message>
    <message>
        <source>CA renamed</source>
        <translation>已重命名 CA</translation>
    </message>
    <message>
        <source>CA changed</source>
        <translation>已更改 CA</translation>
    </message>
    <message>
        <source>CA certificate exported</source>
        <translation>已导出 CA 证书</translation>
    </message>
    <message>
        <source>CA deleted</source>
        <translation>已删除 CA</translation>
    </message>
    <message>
        <source>CA passphrase remembered</source>
        <translation>已记住 CA 口令</translation>
    </message>
    <message>
        <source>CA passphrase forgotten</source>
        <translation>已忘记 CA 口令</translation>
    </message>
    <message>
        <source>CA registered</source>
        <translation>已注册 CA</translation>
    </message>
    <message>
        <source>CA activated</source>
        <translation>已激活 CA</translation>
    </message>
    <message>
        <source>CA deactivated</source>
        <translation>已停用 CA</translation>
    </message>
    <message>
        <source>CA deleted on the platform</source>
        <translation>已在平台上删除 CA</translation>
    </message>
    <message>
        <source>CA unregistered</source>
        <translation>已取消注册 CA</translation>
    </message>
    <message>
        <source>Platform account added</source>
        <translation>已添加平台账号</translation>
    </message>
    <message>
        <source>Platform account changed</source>
        <translation>已更改平台账号</translation>
    </message>
    <message>
        <source>Platform account removed</source>
        <translation>已移除平台账号</translation>
    </message>
    <message>
        <source>Device certificates issued</source>
        <translation>已签发设备证书</translation>
    </message>
    <message>
        <source>Device certificate status changed</source>
        <translation>已更改设备证书状态</translation>
    </message>
    <message>
        <source>Device certificates associated</source>
        <translation>已关联设备证书</translation>
    </message>
    <message>
        <source>Device certificates exported</source>
        <translation>已导出设备证书</translation>
    </message>
    <message>
        <source>Association CSV imported</source>
        <translation>已导入关联 CSV</translation>
    </message>
    <message>
        <source>Device certificates deleted</source>
        <translation>设备证书已删除</translation>
    </message>
    <message>
        <source>Device certificates recovered after an interruption</source>
        <translation>中断后恢复的设备证书</translation>
    </message>
    <message>
        <source>Interrupted bulk issue cleaned up</source>
        <translation>已清理被中断的批量签发</translation>
    </message>
    <message>
        <source>CA certificate renewed</source>
        <translation>CA 证书已续期</translation>
    </message>
    <message>
        <source>Sub-CA key and request created</source>
        <translation>已创建子 CA 密钥和请求</translation>
    </message>
    <message>
        <source>Sub-CA request signed</source>
        <translation>已签发子 CA 请求</translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation>证书已吊销</translation>
    </message>
    <message>
        <source>CRL published</source>
        <translation>CRL 已发布</translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header: the audit entry&apos;s details in one line</extracomment>
        <translation>摘要</translation>
    </message>
    <message>
        <source>CA private key backed up</source>
        <translation>CA 私钥已备份</translation>
    </message>
    <message>
        <source>CA private key backed up for custody</source>
        <translation>CA 私钥已为保管而备份</translation>
    </message>
    <message>
        <source>CA private key restored from a backup</source>
        <translation>CA 私钥已从备份恢复</translation>
    </message>
    <message>
        <source>Transfer bundle imported</source>
        <translation>已导入传输包</translation>
    </message>
    <message>
        <source>Registration recorded by hand (unconfirmed)</source>
        <translation>手动记录的注册（未确认）</translation>
    </message>
    <message>
        <source>Device certificate re-issued</source>
        <translation>设备证书已重新签发</translation>
    </message>
    <message>
        <source>Verification certificate made</source>
        <translation>已生成验证证书</translation>
    </message>
</context>
<context>
    <name>iotca::model::AwsIotConnector</name>
    <message>
        <source>AWS IoT answered without a registration code.</source>
        <translation>AWS IoT 的应答中没有注册码。</translation>
    </message>
    <message>
        <source>AWS IoT answered without a certificate id.</source>
        <translation>AWS IoT 的应答中没有证书 ID。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an AWS IoT certificate id (64 hexadecimal digits).</source>
        <translation>“%1”不是 AWS IoT 证书 ID（64 个十六进制数字）。</translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is not this account&apos;s AWS IoT registration code.</source>
        <translation>验证证书的通用名称（Common Name）不是此账号的 AWS IoT 注册码。</translation>
    </message>
    <message>
        <source>AWS IoT rejected the certificate as invalid (for a CA registration: the verification certificate must be signed by the CA&apos;s key).</source>
        <translation>AWS IoT 认为该证书无效而拒绝了它（对于 CA 注册：验证证书必须由 CA 的密钥签名）。</translation>
    </message>
    <message>
        <source>This certificate is already registered with AWS IoT.</source>
        <translation>此证书已在 AWS IoT 中注册。</translation>
    </message>
    <message>
        <source>CA limit reached: this account already has 10 CA certificates with this subject.</source>
        <translation>已达到 CA 数量上限：此账号已有 10 个具有此主题的 CA 证书。</translation>
    </message>
    <message>
        <source>AWS IoT does not allow this in the certificate&apos;s current state (an active certificate must be deactivated before it is deleted).</source>
        <translation>AWS IoT 不允许在证书的当前状态下执行此操作（处于激活状态的证书必须先停用才能删除）。</translation>
    </message>
    <message>
        <source>The certificate is still attached to a policy or thing; detach it first.</source>
        <translation>该证书仍附加到策略或事物；请先将其分离。</translation>
    </message>
    <message>
        <source>Several registered CA certificates share this subject and key; name the signing CA.</source>
        <translation>有多个已注册的 CA 证书使用相同的主题和密钥；请指定签名 CA。</translation>
    </message>
    <message>
        <source>AWS IoT has no such certificate.</source>
        <translation>AWS IoT 中没有此证书。</translation>
    </message>
    <message>
        <source>AWS IoT rejected the credentials or the request signature: check this account&apos;s access key and secret.</source>
        <translation>AWS IoT 拒绝了凭据或请求签名：请检查此账号的访问密钥和秘密访问密钥。</translation>
    </message>
    <message>
        <source>AWS IoT is throttling this account; try again in a moment.</source>
        <translation>AWS IoT 正在对此账号进行限流；请稍后重试。</translation>
    </message>
    <message>
        <source>AWS IoT rejected the request as invalid.</source>
        <translation>AWS IoT 认为请求无效而拒绝了它。</translation>
    </message>
    <message>
        <source>AWS IoT reported a server error (HTTP %1).</source>
        <translation>AWS IoT 报告了服务器错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>AWS IoT refused the request (HTTP %1, %2).</source>
        <translation>AWS IoT 拒绝了请求（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
</context>
<context>
    <name>iotca::model::CaListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subject CN</source>
        <extracomment>Column header: the Common Name (CN) of the CA certificate&apos;s subject</extracomment>
        <translation>主题 CN</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the CA&apos;s registration status on each platform account</extracomment>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not registered</source>
        <extracomment>Status of a CA that is registered with no platform account</extracomment>
        <translation>未注册</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a platform account name, %2 a status such as &quot;Activated&quot;</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Unknown (could not be read)</source>
        <extracomment>Status of a CA whose registrations could not be read from the workspace</extracomment>
        <translation>未知（无法读取）</translation>
    </message>
</context>
<context>
    <name>iotca::model::CaTreeModel</name>
    <message>
        <source>%1; issuer not in workspace</source>
        <extracomment>Appended to a CA&apos;s validity state: %1 is the state (&quot;Valid&quot;)</extracomment>
        <translation>%1；签发者不在工作区中</translation>
    </message>
    <message>
        <source>Issuer not in workspace: the CA that signed this certificate (%1) is kept elsewhere.</source>
        <extracomment>Tooltip of a CA whose issuing CA is not in the workspace; %1 is the CA&apos;s subject</extracomment>
        <translation>签发者不在工作区中：签发此证书的 CA（%1）保存在别处。</translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>Column header: valid, expiring, expired or revoked</extracomment>
        <translation>有效性</translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceBatchJob</name>
    <message>
        <source>The validity must be at least one day.</source>
        <translation>有效期必须至少为一天。</translation>
    </message>
    <message numerus="yes">
        <source>The device &apos;%1&apos; of the product &apos;%2&apos; already has a certificate in the workspace (%n more devices too).</source>
        <extracomment>%1 is a device name, %2 a product key, %n how many more devices have the same problem</extracomment>
        <translation>
            <numerusform>产品“%2”的设备“%1”在工作区中已有证书（另有 %n 个设备也是如此）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The output folder &apos;%1&apos; is a file.</source>
        <translation>输出文件夹“%1”是一个文件。</translation>
    </message>
    <message numerus="yes">
        <source>The output folder &apos;%1&apos; already has &apos;%2&apos; (%n more conflicting files); choose an empty folder or move those files away.</source>
        <extracomment>%1 is a folder, %2 a file name, %n how many more files conflict</extracomment>
        <translation>
            <numerusform>输出文件夹“%1”中已有“%2”（另有 %n 个冲突文件）；请选择一个空文件夹，或将这些文件移走。</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file &apos;%1&apos; already exists; choose another name or move it away.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>CSV 文件“%1”已存在；请选择其他名称或将其移走。</translation>
    </message>
    <message>
        <source>Cancelled before any device certificate was issued.</source>
        <translation>在签发任何设备证书之前已取消。</translation>
    </message>
    <message>
        <source>Cannot issue the certificate of the device &apos;%1&apos;: %2</source>
        <extracomment>%1 is a device name, %2 the reason</extracomment>
        <translation>无法签发设备“%1”的证书：%2</translation>
    </message>
    <message>
        <source>Stopped on request after issuing %1 of %2 device certificates; those are recorded in the workspace and listed in the CSV.</source>
        <extracomment>%1 and %2 are counts</extracomment>
        <translation>已按请求停止，已签发 %2 个设备证书中的 %1 个；这些证书已记录在工作区中并列在 CSV 中。</translation>
    </message>
    <message>
        <source>The device certificates were issued and recorded, but the association CSV could not be written: %1</source>
        <extracomment>%1 is the reason; the devices themselves were issued</extracomment>
        <translation>设备证书已签发并记录，但无法写入关联 CSV：%1</translation>
    </message>
    <message>
        <source>Stopped after issuing %1 of %2 device certificates (those are recorded in the workspace and listed in the CSV): %3</source>
        <extracomment>%1 and %2 are counts, %3 the reason</extracomment>
        <translation>已签发 %2 个设备证书中的 %1 个后停止（这些证书已记录在工作区中并列在 CSV 中）：%3</translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had been issued into &apos;%1&apos; by an earlier run that was interrupted; they are recorded, listed in the CSV and not issued again.</source>
        <extracomment>%1 is a folder, %n how many devices</extracomment>
        <translation>
            <numerusform>之前一次被中断的运行已向“%1”签发了 %n 台设备；它们已被记录并列入 CSV，不会再次签发。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n named device(s) of the product &apos;%1&apos; already have certificates: the workspace records them (the CA&apos;s device list) and their files are in &apos;%2&apos;. Nothing was issued.</source>
        <extracomment>%1 is a product key, %2 a folder, %n how many device names were given</extracomment>
        <translation>
            <numerusform>产品“%1”下指定的全部 %n 台设备都已有证书：工作区已记录它们（见该 CA 的设备列表），其文件位于“%2”。未签发任何证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>归档文件“%1”已存在；不会覆盖它。</translation>
    </message>
    <message>
        <source>Stopped on request after %2 of %3 devices: nothing was issued, the archive &apos;%1&apos; was not written and the workspace is as it was.</source>
        <extracomment>%1 is a file, %2 and %3 are counts</extracomment>
        <translation>已按请求在 %3 台设备中的 %2 台之后停止：未签发任何证书，未写入归档文件“%1”，工作区保持原样。</translation>
    </message>
    <message>
        <source>The devices were recorded, but the archive could not be put in place: %1 The complete archive is in &apos;%2&apos;.</source>
        <extracomment>%1 is the reason, %2 a file</extracomment>
        <translation>设备已记录，但无法将归档文件放到目标位置：%1 完整的归档文件在“%2”中。</translation>
    </message>
    <message>
        <source>Cannot issue the certificate of the device &apos;%1&apos;: no serial number was reserved for it.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>无法签发设备“%1”的证书：未为其预留序列号。</translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceCertificateModel</name>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Product</source>
        <extracomment>Column header: the platform&apos;s product key (Alibaba) or product id (Tencent)</extracomment>
        <translation>产品</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Could not count the device certificates.</source>
        <translation>无法统计设备证书数量。</translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation>无法读取设备证书。</translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <extracomment>The device pane&apos;s Platform column for a row whose record disagrees with the platform; %1 is what the platform said (e.g. &quot;Another certificate&quot;)</extracomment>
        <translation>不一致：%1</translation>
    </message>
    <message>
        <source>The workspace and the platform disagree about this device certificate: the platform reported &quot;%1&quot; at the last read-back. The record was left as it is.</source>
        <translation>工作区与平台对这张设备证书的说法不一致：上次回读时平台报告为“%1”。记录保持不变。</translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Column header: what the platform said about the certificate at the last sync or read-back</extracomment>
        <translation>平台</translation>
    </message>
    <message>
        <source>%1, superseded</source>
        <extracomment>The device pane&apos;s Status column for a certificate a re-issue replaced; %1 is its status (e.g. &quot;Associated&quot;)</extracomment>
        <translation>%1，已被取代</translation>
    </message>
    <message>
        <source>A newer certificate of this device (re-issued) replaces this one. It stays valid until it expires or is revoked.</source>
        <translation>此设备的一张更新证书（重新签发）取代了这张证书。它在到期或被吊销之前仍然有效。</translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceLifeStateProxy</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A date, then a validity state such as &quot;Expired&quot;</extracomment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>iotca::model::RegistrationJob</name>
    <message>
        <source>Cancelled: nothing was sent to the platform.</source>
        <translation>已取消：未向平台发送任何内容。</translation>
    </message>
    <message>
        <source>Reading the account&apos;s credentials…</source>
        <translation>正在读取账号凭据…</translation>
    </message>
</context>
<context>
    <name>iotca::model::SignCsrJob</name>
    <message>
        <source>The request folder &apos;%1&apos; does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>请求文件夹“%1”不存在。</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no certificate requests (*.csr, *.req, *.pem, *.der).</source>
        <translation>文件夹“%1”中没有证书请求（*.csr、*.req、*.pem、*.der）。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s) cannot be signed: %1</source>
        <extracomment>%n is the number of unusable request files, %1 the list &quot;file: reason; file: reason&quot;</extracomment>
        <translation>
            <numerusform>%n 个证书请求无法签名：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::model::TencentIotHubConnector</name>
    <message>
        <source>&apos;%1&apos; is not a Tencent device id of the form ProductId/DeviceName.</source>
        <translation>“%1”不是 ProductId/DeviceName 形式的腾讯设备 ID。</translation>
    </message>
    <message>
        <source>No Tencent product id is set for this device certificate or account.</source>
        <translation>未为此设备证书或账号设置腾讯产品 ID。</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>腾讯云物联网通信不接受设备名称“%1”：请使用 1 到 48 个字母、数字、&apos;:&apos;、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>CA limit reached: this account already has 10 CA certificates.</source>
        <translation>已达到 CA 数量上限：此账号已有 10 个 CA 证书。</translation>
    </message>
    <message>
        <source>The verification certificate does not match the CA: it must be signed by the CA&apos;s key and carry the console&apos;s verification code.</source>
        <translation>验证证书与 CA 不匹配：它必须由 CA 的密钥签名，并包含控制台提供的验证码。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the CA certificate&apos;s content as invalid.</source>
        <translation>腾讯云认为 CA 证书的内容无效而拒绝了它。</translation>
    </message>
    <message>
        <source>A CA certificate with this name already exists in this account.</source>
        <translation>此账号中已存在同名的 CA 证书。</translation>
    </message>
    <message>
        <source>This CA certificate is already registered (same certificate or serial number).</source>
        <translation>此 CA 证书已注册（证书或序列号相同）。</translation>
    </message>
    <message>
        <source>The CA is still bound to a product; unbind it from the product before deleting it.</source>
        <translation>该 CA 仍绑定到某个产品；请先将其与产品解绑，然后再删除。</translation>
    </message>
    <message>
        <source>Tencent Cloud has no CA certificate with this name.</source>
        <translation>腾讯云中没有此名称的 CA 证书。</translation>
    </message>
    <message>
        <source>The Tencent product does not exist.</source>
        <translation>腾讯产品不存在。</translation>
    </message>
    <message>
        <source>The Tencent device does not exist.</source>
        <translation>腾讯设备不存在。</translation>
    </message>
    <message>
        <source>A device with this name already exists in the product.</source>
        <translation>该产品中已存在同名设备。</translation>
    </message>
    <message>
        <source>This product does not support private CA operations.</source>
        <translation>此产品不支持私有 CA 操作。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request time: check this computer&apos;s clock.</source>
        <translation>腾讯云拒绝了请求时间：请检查此计算机的时钟。</translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the credentials or the request signature: check this account&apos;s SecretId and SecretKey.</source>
        <translation>腾讯云拒绝了凭据或请求签名：请检查此账号的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Tencent Cloud is throttling this account; try again in a moment.</source>
        <translation>腾讯云正在对此账号进行限流；请稍后重试。</translation>
    </message>
    <message>
        <source>Tencent Cloud reported a server error.</source>
        <translation>腾讯云报告了服务器错误。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation>腾讯云拒绝了请求（%1）。</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <source>Tencent Cloud answered without a readable certificate for the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name on Tencent Cloud</extracomment>
        <translation>腾讯云返回的 CA“%1”证书无法读取。</translation>
    </message>
</context>
<context>
    <name>iotca::model::Workspace</name>
    <message>
        <source>Cannot create the workspace folder &apos;%1&apos;.</source>
        <translation>无法创建工作区文件夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot replace the file &apos;%1&apos;.</source>
        <translation>无法替换文件“%1”。</translation>
    </message>
    <message>
        <source>Could not check the workspace database &apos;%1&apos;.</source>
        <translation>无法检查工作区数据库“%1”。</translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; is damaged.</source>
        <translation>工作区数据库“%1”已损坏。</translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; has rows that refer to missing rows.</source>
        <translation>工作区数据库“%1”中有引用缺失行的行。</translation>
    </message>
    <message>
        <source>No workspace folder was given.</source>
        <translation>未指定工作区文件夹。</translation>
    </message>
    <message>
        <source>There is no workspace in &apos;%1&apos;.</source>
        <translation>“%1”中没有工作区。</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; must be upgraded before it can be opened read-only; open it once for writing.</source>
        <translation>工作区“%1”必须先升级才能以只读方式打开；请先以可写方式打开一次。</translation>
    </message>
    <message>
        <source>Could not switch the workspace database &apos;%1&apos; to write-ahead logging.</source>
        <translation>无法将工作区数据库“%1”切换为预写日志（WAL）模式。</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the backup.</source>
        <translation>无法创建用于备份的文件夹“%1”。</translation>
    </message>
    <message>
        <source>Could not back up the workspace to &apos;%1&apos;.</source>
        <translation>无法将工作区备份到“%1”。</translation>
    </message>
    <message>
        <source>Cannot open the backup file &apos;%1&apos;.</source>
        <translation>无法打开备份文件“%1”。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not an IoT CA Desk workspace backup.</source>
        <translation>文件“%1”不是 IoT CA Desk 工作区备份。</translation>
    </message>
    <message>
        <source>Cannot copy the backup file &apos;%1&apos; into the workspace &apos;%2&apos;.</source>
        <translation>无法将备份文件“%1”复制到工作区“%2”。</translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is in use by another program; close it before restoring.</source>
        <translation>工作区“%1”正被另一个程序使用；请先关闭它再进行恢复。</translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server (pg_dump); use `iotca workspace copy` to copy it into a folder.</source>
        <translation>团队工作区在其服务器上备份（pg_dump）；如需复制到文件夹，请使用 `iotca workspace copy`。</translation>
    </message>
    <message>
        <source>A team workspace is restored on its server (pg_restore), not from a workspace backup file.</source>
        <translation>团队工作区在其服务器上恢复（pg_restore），而不是从工作区备份文件恢复。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountDialog</name>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation>阿里云物联网平台</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation>云消息队列 MQTT 版</translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation>腾讯云物联网通信</translation>
    </message>
    <message>
        <source>AWS IoT Core</source>
        <translation>AWS IoT Core</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Edit Platform Account</source>
        <translation>编辑平台账号</translation>
    </message>
    <message>
        <source>Add Platform Account</source>
        <translation>添加平台账号</translation>
    </message>
    <message>
        <source>Leave empty for the platform&apos;s default</source>
        <translation>留空则使用平台默认值</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation>实例 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>产品(&amp;D)：</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the workspace.</source>
        <translation>密钥保存在系统钥匙串中，绝不会保存在工作区中。</translation>
    </message>
    <message>
        <source>Required, e.g. mqtt-cn-0pp12345</source>
        <translation>必填，例如 mqtt-cn-0pp12345</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>AccessKey ID / SecretId</source>
        <translation>AccessKey ID / SecretId</translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation>请输入账号名称。</translation>
    </message>
    <message>
        <source>Enter a region such as cn-shanghai or us-east-1.</source>
        <translation>请输入地域，例如 cn-shanghai 或 us-east-1。</translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT needs the instance ID.</source>
        <translation>云消息队列 MQTT 版需要实例 ID。</translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation>请输入访问密钥 ID。</translation>
    </message>
    <message>
        <source>Enter the secret that belongs to the access key ID.</source>
        <translation>请输入与该访问密钥 ID 对应的密钥。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected: the credentials work.</source>
        <translation>已连接：凭据有效。</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>Use &amp;Local Emulator</source>
        <translation>使用本地模拟器(&amp;L)</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM 证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Optional: extra trusted roots for a private endpoint</source>
        <translation>可选：私有端点的额外受信任根证书</translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation>CA 证书包(&amp;B)：</translation>
    </message>
    <message>
        <source>Use local emulator</source>
        <translation>使用本地模拟器</translation>
    </message>
    <message>
        <source>The local emulator does not emulate this platform.</source>
        <translation>本地模拟器不模拟此平台。</translation>
    </message>
    <message>
        <source>No local emulator is running: start the app with scripts/run.</source>
        <translation>没有正在运行的本地模拟器：请使用 scripts/run 启动应用。</translation>
    </message>
    <message>
        <source>Fill in the local emulator at %1 and its demo credentials.</source>
        <extracomment>%1 is a URL such as https://127.0.0.1:18443</extracomment>
        <translation>填入位于 %1 的本地模拟器及其演示凭据。</translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform has no API to test: registration writes an upload bundle for its console.</source>
        <translation>阿里云物联网平台没有可供测试的 API：注册时会生成用于其控制台的上传包。</translation>
    </message>
    <message>
        <source>Optional: the platform has no API</source>
        <translation>可选：该平台没有 API</translation>
    </message>
    <message>
        <source>Local emulator (%1)</source>
        <extracomment>%1 is a platform such as &quot;ApsaraMQ for MQTT&quot;</extracomment>
        <translation>本地模拟器（%1）</translation>
    </message>
    <message>
        <source>The endpoint must be an https:// address, such as https://127.0.0.1:8443 for the local emulator.</source>
        <translation>端点必须是 https:// 地址，例如本地模拟器的 https://127.0.0.1:8443。</translation>
    </message>
    <message>
        <source>The CA bundle must be an existing PEM file.</source>
        <translation>CA 证书包必须是现有的 PEM 文件。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountsCommand</name>
    <message>
        <source>Work Offline is on, so nothing is sent to the platform. Turn it off in View → Work Offline to test the connection.</source>
        <translation>“离线工作”已开启，因此不会向平台发送任何内容。请在“视图 → 离线工作”中将其关闭后再测试连接。</translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation>工作区已关闭。</translation>
    </message>
    <message>
        <source>Type the secret of the new access key ID to test it.</source>
        <translation>请输入新访问密钥 ID 的密钥以进行测试。</translation>
    </message>
    <message>
        <source>Remove the platform account &apos;%1&apos; and its credentials from the keychain?</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>要移除平台账号“%1”，并从钥匙串中移除其凭据吗？</translation>
    </message>
    <message numerus="yes">
        <source>The workspace forgets its %n CA registration(s); nothing changes on the platform.</source>
        <extracomment>%n is a number of CAs</extracomment>
        <translation>
            <numerusform>工作区将删除该账号的 %n 个 CA 注册记录；平台上不会有任何更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Platform Account</source>
        <translation>移除平台账号</translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountsDialog</name>
    <message>
        <source>(platform default)</source>
        <translation>（平台默认值）</translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos;…</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>正在测试“%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: connected, the platform accepted the credentials.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation>“%1”：已连接，平台已接受凭据。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: not connected.</source>
        <translation>“%1”：未连接。</translation>
    </message>
    <message>
        <source>Platform Accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>&amp;Accounts the workspace registers CAs with. Their secrets are kept in the system keychain.</source>
        <translation>工作区用于注册 CA 的账号(&amp;A)。其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>添加(&amp;D)…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账号</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>移除账号</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>连接测试结果</translation>
    </message>
</context>
<context>
    <name>iotca::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>审计日志条目</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>验证审计日志</translation>
    </message>
    <message>
        <source>The audit log could not be verified.</source>
        <translation>无法验证审计日志。</translation>
    </message>
    <message>
        <source>The audit log was changed: %1</source>
        <translation>审计日志已被更改：%1</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation>重新验证(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Only entries from</source>
        <translation>仅显示此时间之后的条目</translation>
    </message>
    <message>
        <source>Only entries until</source>
        <translation>仅显示此时间之前的条目</translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation>最早时间</translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation>最晚时间</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>操作筛选</translation>
    </message>
    <message>
        <source>Certificate authority filter</source>
        <translation>证书颁发机构筛选</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation>CA(&amp;A)：</translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation>所选条目的详细信息</translation>
    </message>
    <message>
        <source>Select an entry to see its details as recorded.</source>
        <translation>选择一个条目以查看其记录的详细信息。</translation>
    </message>
    <message>
        <source>Write the entries the filters show to a CSV or JSON file</source>
        <translation>将筛选后显示的条目写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>All CAs</source>
        <translation>全部 CA</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <extracomment>%1 and %2 are formatted numbers: how many entries the filters show, of how many</extracomment>
        <translation>%1 / %2 个条目</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 · %4</source>
        <extracomment>%1 is an audit entry&apos;s number, %2 its time, %3 the action, %4 the object</extracomment>
        <translation>条目 %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Chain hash: %1</source>
        <extracomment>%1 is a hexadecimal SHA-256 value</extracomment>
        <translation>链哈希：%1</translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV 文件 (*.csv);;JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <extracomment>%1 is a formatted number, %2 a file</extracomment>
        <translation>已将 %1 个条目写入 %2</translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s hash chain…</source>
        <translation>正在检查审计日志的哈希链…</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>审计日志完整：已检查 %Ln 个条目。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaDetailsPane</name>
    <message>
        <source>Certificate authority details</source>
        <translation>证书颁发机构详情</translation>
    </message>
    <message>
        <source>Select a certificate authority to see its certificate, registrations and devices.</source>
        <translation>选择一个证书颁发机构以查看其证书、注册信息和设备。</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1（自签名）</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <source>Encrypted in the workspace</source>
        <translation>已在工作区中加密</translation>
    </message>
    <message>
        <source>Encrypted in the workspace; passphrase remembered in the keychain</source>
        <translation>已在工作区中加密；口令已记住在钥匙串中</translation>
    </message>
    <message>
        <source>Not in the workspace (%1)</source>
        <extracomment>%1 says where the key is kept, e.g. &quot;offline&quot;</extracomment>
        <translation>不在工作区中（%1）</translation>
    </message>
    <message>
        <source>Not registered with any platform account.</source>
        <translation>未在任何平台账号中注册。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a certificate status such as &quot;Associated&quot;, %2 a number</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期起：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>私钥：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1 指纹</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制 %1</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>将 %1 复制到剪贴板</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation>平台 ID</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Registrations per platform account</source>
        <translation>各平台账号的注册情况</translation>
    </message>
    <message>
        <source>Device certificates</source>
        <translation>设备证书</translation>
    </message>
    <message>
        <source>Device certificate counts</source>
        <translation>设备证书数量</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <extracomment>%1 is the value of a certificate extension</extracomment>
        <translation>%1（关键）</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>Basic constraints:</source>
        <translation>基本约束：</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>密钥用法：</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>扩展密钥用法：</translation>
    </message>
    <message>
        <source>Subject key ID:</source>
        <translation>主题密钥 ID：</translation>
    </message>
    <message>
        <source>Authority key ID:</source>
        <translation>颁发机构密钥 ID：</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>&amp;Registrations</source>
        <translation>注册信息(&amp;R)</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <source>Sync registrations with the platforms</source>
        <translation>与平台同步注册信息</translation>
    </message>
    <message>
        <source>Read this CA&apos;s status from every platform account it is registered with</source>
        <translation>从此 CA 已注册的每个平台账号读取其状态</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>%Ln is the number of device certificates, formatted</extracomment>
        <translation>
            <numerusform>%Ln 个设备证书</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate authority yet. Create one with File → New CA… or import one with File → Import CA…</source>
        <translation>还没有证书颁发机构。请通过“文件 → 新建 CA…”创建，或通过“文件 → 导入 CA…”导入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ from the platform (see the Platform column of the device list).</source>
        <extracomment>%Ln is a number of device certificates; shown under the CA&apos;s device counts</extracomment>
        <translation>
            <numerusform>%Ln 张与平台不一致（见设备列表的“平台”列）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a platform account, %2 a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Device connection</source>
        <extracomment>Title of the CA details section on what devices need to connect to the platforms the CA is registered with</extracomment>
        <translation>设备连接</translation>
    </message>
    <message>
        <source>What devices need to connect</source>
        <translation>设备连接所需信息</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaKeyUnlock</name>
    <message>
        <source>Cancelled: the CA key was not unlocked.</source>
        <translation>已取消：CA 密钥未解锁。</translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
        <translation>口令错误，请重试。</translation>
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
    <message>
        <source>Certificate &amp;authorities</source>
        <translation>证书颁发机构(&amp;A)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyBackupPage</name>
    <message>
        <source>Back up the CA&apos;s &amp;key, its passphrase split into shares</source>
        <translation>备份 CA 的密钥，口令拆分为份额(&amp;K)</translation>
    </message>
    <message>
        <source>Key Backup</source>
        <translation>密钥备份</translation>
    </message>
    <message>
        <source>The starting CA&apos;s key, encrypted, on removable media; the passphrase nobody sees, split into share sheets for custodians. Any M of the N shares restore it.</source>
        <translation>起始 CA 的密钥加密保存在可移动介质上；没有人看到的口令被拆分为份额单交给保管人。N 份中的任意 M 份即可恢复。</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Share sheets folder</source>
        <translation>份额单文件夹</translation>
    </message>
    <message>
        <source>Share Sheets Folder</source>
        <translation>份额单文件夹</translation>
    </message>
    <message>
        <source>Shares needed</source>
        <translation>所需份额数</translation>
    </message>
    <message>
        <source>Shares made</source>
        <translation>生成份额数</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Share sheets folder:</source>
        <translation>份额单文件夹(&amp;S)：</translation>
    </message>
    <message>
        <source>Shares re&amp;quired (M):</source>
        <translation>所需份额数 (M)(&amp;Q)：</translation>
    </message>
    <message>
        <source>Shares &amp;made (N):</source>
        <translation>生成份额数 (N)(&amp;M)：</translation>
    </message>
    <message>
        <source>Keep the two folders apart: whoever holds the backup medium must not hold the shares. Print the sheets, hand them out, then delete their folder.</source>
        <translation>两个文件夹要分开保管：持有备份介质的人不得持有份额。打印份额单并分发，然后删除其文件夹。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyCaFields</name>
    <message>
        <source>CA na&amp;me:</source>
        <translation>CA 名称(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Common name (CN):</source>
        <translation>通用名称 (CN)(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>组织 (O)(&amp;O)：</translation>
    </message>
    <message>
        <source>Co&amp;untry (C):</source>
        <translation>国家/地区 (C)(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Validity (days):</source>
        <translation>有效期（天）(&amp;V)：</translation>
    </message>
    <message>
        <source>CA name</source>
        <translation>CA 名称</translation>
    </message>
    <message>
        <source>Common name</source>
        <translation>通用名称</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家/地区代码</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>As the workspace will list it</source>
        <translation>工作区中显示的名称</translation>
    </message>
    <message>
        <source>Two letters, e.g. CN</source>
        <translation>两个字母，例如 CN</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyDevicesPage</name>
    <message>
        <source>&amp;Issue a batch of device certificates</source>
        <translation>签发一批设备证书(&amp;I)</translation>
    </message>
    <message>
        <source>Device Certificates</source>
        <translation>设备证书</translation>
    </message>
    <message>
        <source>Devices named &lt;prefix&gt;1, &lt;prefix&gt;2, … get a key and a certificate from the ceremony&apos;s CA, with an association CSV for the platform.</source>
        <translation>名为 &lt;前缀&gt;1、&lt;前缀&gt;2、… 的设备从仪式的 CA 获得密钥和证书，并生成供平台使用的关联 CSV。</translation>
    </message>
    <message>
        <source>Product key</source>
        <translation>产品密钥</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation>设备数量</translation>
    </message>
    <message>
        <source>Device name prefix</source>
        <translation>设备名称前缀</translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation>有效期（天）</translation>
    </message>
    <message>
        <source>&amp;Product key:</source>
        <translation>产品密钥(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>数量(&amp;C)：</translation>
    </message>
    <message>
        <source>Name pr&amp;efix:</source>
        <translation>名称前缀(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Validity (days):</source>
        <translation>有效期（天）(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyIntermediatePage</name>
    <message>
        <source>Also create an &amp;intermediate CA under it</source>
        <translation>同时在其下创建中间 CA(&amp;I)</translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation>中间 CA</translation>
    </message>
    <message>
        <source>An intermediate CA keeps the root&apos;s key in the safe: it then signs the verification certificates, the devices and the bundle.</source>
        <translation>中间 CA 让根密钥留在保险柜中：由它签署验证证书、设备证书和传输包。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyOutputsPage</name>
    <message>
        <source>&amp;Write a transfer bundle for the online machine</source>
        <translation>为联网机器写出传输包(&amp;W)</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>One folder for the script and everything the ceremony writes, except the key backup.</source>
        <translation>存放脚本及仪式写出的全部内容（密钥备份除外）的文件夹。</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>The record goes to record/ and the bundle to transfer-bundle/; every subfolder the ceremony writes must be new or empty. The bundle carries the CA certificate and chain, the verification certificates, the association CSV and the record, signed by the CA; never a private key.</source>
        <translation>记录写入 record/，传输包写入 transfer-bundle/；仪式写入的每个子文件夹都必须是新的或为空。传输包包含 CA 证书和证书链、验证证书、关联 CSV 和记录，由 CA 签名；绝不包含私钥。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyPeoplePage</name>
    <message>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <source>Who runs the ceremony and who witnesses it. Their names go into the script and the signed record, with lines for their signatures.</source>
        <translation>谁主持仪式、谁见证。他们的姓名写入脚本和签名的记录，并留有签名栏。</translation>
    </message>
    <message>
        <source>Ceremony title</source>
        <translation>仪式标题</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Witnesses, one per line</source>
        <translation>见证人，每行一位</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>主持人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Witnesses (one per line):</source>
        <translation>见证人（每行一位）(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyReviewPage</name>
    <message>
        <source>&amp;Save Script…</source>
        <translation>保存脚本(&amp;S)…</translation>
    </message>
    <message>
        <source>Review the Script</source>
        <translation>审阅脚本</translation>
    </message>
    <message>
        <source>This is the ceremony script, as it will be saved and run. Read it with the witnesses; nothing has been done yet.</source>
        <translation>这是将被保存并执行的仪式脚本。请与见证人一起阅读；目前尚未执行任何操作。</translation>
    </message>
    <message>
        <source>S&amp;tart Ceremony</source>
        <translation>开始仪式(&amp;T)</translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation>仪式脚本</translation>
    </message>
    <message>
        <source>Problems of the script</source>
        <translation>脚本的问题</translation>
    </message>
    <message>
        <source>The validator finds no problem. Start the ceremony when everyone has read the script.</source>
        <translation>校验未发现问题。所有人读完脚本后即可开始仪式。</translation>
    </message>
    <message numerus="yes">
        <source>The validator finds %n problem(s); go back and correct them:</source>
        <translation>
            <numerusform>校验发现 %n 个问题；请返回修改：</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Ceremony Script</source>
        <translation>保存仪式脚本</translation>
    </message>
    <message>
        <source>Ceremony scripts (*.json)</source>
        <translation>仪式脚本 (*.json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and holds another script. Save this one with Save Script… first, or choose another output folder.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在且是另一个脚本。请先用“保存脚本…”保存本脚本，或选择其他输出文件夹。</translation>
    </message>
    <message>
        <source>The folder of &apos;%1&apos; could not be created.</source>
        <translation>无法创建“%1”所在的文件夹。</translation>
    </message>
    <message>
        <source>The script could not be written to &apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation>无法将脚本写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyRootPage</name>
    <message>
        <source>Create a new &amp;root CA</source>
        <translation>创建新的根 CA(&amp;R)</translation>
    </message>
    <message>
        <source>Use an &amp;existing CA of this workspace:</source>
        <translation>使用此工作区中已有的 CA(&amp;E)：</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>The root CA the ceremony creates, or a CA of this workspace whose key is stored here.</source>
        <translation>仪式要创建的根 CA，或此工作区中密钥保存在本机的 CA。</translation>
    </message>
    <message>
        <source>Existing CA</source>
        <translation>已有 CA</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyRunPage</name>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>St&amp;op the Batch</source>
        <translation>停止批次(&amp;O)</translation>
    </message>
    <message>
        <source>Written:</source>
        <translation>已写入：</translation>
    </message>
    <message>
        <source>Run the Ceremony</source>
        <translation>执行仪式</translation>
    </message>
    <message>
        <source>Each step runs when you start it. Read it aloud, then run it; a failed step stops the ceremony, and the record says so.</source>
        <translation>每个步骤在您启动时才执行。先朗读，再执行；失败的步骤会停止仪式，记录中会注明。</translation>
    </message>
    <message>
        <source>Steps of the ceremony</source>
        <translation>仪式的步骤</translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation>批次进度</translation>
    </message>
    <message>
        <source>What the steps did</source>
        <translation>各步骤的结果</translation>
    </message>
    <message>
        <source>Files and folders the ceremony wrote</source>
        <translation>仪式写出的文件和文件夹</translation>
    </message>
    <message>
        <source>The saved script has a problem: %1: %2</source>
        <extracomment>%1 is a JSON path such as $.custody.threshold, %2 the problem</extracomment>
        <translation>已保存的脚本有问题：%1：%2</translation>
    </message>
    <message>
        <source>Ceremony &apos;%1&apos;, officer %2. Script %3, SHA-256 %4.</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the officer, %3 the script file, %4 its SHA-256</extracomment>
        <translation>仪式“%1”，主持人 %2。脚本 %3，SHA-256 %4。</translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <extracomment>A step in the list: %1 its number, %2 its state (&quot;done&quot;, &quot;to do&quot;, &quot;FAILED&quot;), %3 what it does</extracomment>
        <translation>%1. [%2] %3</translation>
    </message>
    <message>
        <source>The ceremony is complete.</source>
        <translation>仪式已完成。</translation>
    </message>
    <message>
        <source>The ceremony stopped at step %1; the record says so.</source>
        <translation>仪式在第 %1 步停止；记录中对此有说明。</translation>
    </message>
    <message>
        <source>Next, step %1: %2</source>
        <extracomment>%1 is a step number, %2 what the step does</extracomment>
        <translation>下一步，第 %1 步：%2</translation>
    </message>
    <message>
        <source>&amp;Run Step %1 of %2</source>
        <translation>执行第 %1 步（共 %2 步）(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Write the Record (Step %1 of %2)</source>
        <translation>写出记录（第 %1 步，共 %2 步）(&amp;W)</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation>第 %1 步失败：%2</translation>
    </message>
    <message>
        <source>Transfer bundle: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>传输包：%1</translation>
    </message>
    <message>
        <source>Key backup: %1</source>
        <translation>密钥备份：%1</translation>
    </message>
    <message>
        <source>Share sheets: %1</source>
        <translation>份额单：%1</translation>
    </message>
    <message>
        <source>Cancelled: no passphrase was given for the new CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>已取消：未给出新 CA“%1”的口令。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyVerificationPage</name>
    <message>
        <source>Verification Certificates</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>Type the registration code each platform&apos;s console shows for this CA. The ceremony&apos;s CA signs a verification certificate for each, to upload with the CA. Leave a field empty to make none.</source>
        <translation>输入各平台控制台为此 CA 显示的注册码。仪式的 CA 为每个注册码签署一个验证证书，与 CA 一起上传。留空则不生成。</translation>
    </message>
    <message>
        <source>&amp;Alibaba Cloud IoT Platform:</source>
        <translation>阿里云物联网平台(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Tencent Cloud IoT Hub:</source>
        <translation>腾讯云物联网通信(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;WS IoT Core:</source>
        <translation>AWS IoT Core(&amp;W)：</translation>
    </message>
    <message>
        <source>Apsara&amp;MQ for MQTT:</source>
        <translation>云消息队列 MQTT 版(&amp;M)：</translation>
    </message>
    <message>
        <source>Registration code for %1</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>%1 的注册码</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyWizard</name>
    <message>
        <source>Key Ceremony</source>
        <translation>密钥仪式</translation>
    </message>
    <message>
        <source>Stop the Ceremony</source>
        <translation>停止仪式</translation>
    </message>
    <message>
        <source>Stop the ceremony here? The steps not run yet are recorded as not run, and the record is written and signed now.</source>
        <translation>在此停止仪式？尚未执行的步骤将记录为未执行，记录现在即写出并签名。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ChangeStateCommand</name>
    <message>
        <source>&apos;%1&apos; is not registered with any platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”尚未在任何平台账号中注册，请先注册。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is registered with several platform accounts: choose the account in the toolbar first.</source>
        <translation>“%1”已在多个平台账号上注册：请先在工具栏中选择账号。</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>正在激活</translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation>正在停用</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message numerus="yes">
        <source>Activating %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <extracomment>%n is a number of certificates, %1 a CA name, %2 a platform account</extracomment>
        <translation>
            <numerusform>正在 %2 上激活“%1”的 %n 个设备证书…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <translation>
            <numerusform>正在 %2 上停用“%1”的 %n 个设备证书…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n device certificate(s) of &apos;%1&apos; from %2…</source>
        <translation>
            <numerusform>正在从 %2 删除“%1”的 %n 个设备证书…</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating &apos;%1&apos; on %2…</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation>正在 %2 上激活“%1”…</translation>
    </message>
    <message>
        <source>Deactivating &apos;%1&apos; on %2…</source>
        <translation>正在 %2 上停用“%1”…</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; from %2…</source>
        <translation>正在从 %2 删除“%1”…</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already active on %2.</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation>“%1”在 %2 上已处于激活状态。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already inactive on %2.</source>
        <translation>“%1”在 %2 上已处于停用状态。</translation>
    </message>
    <message numerus="yes">
        <source>Activated &apos;%1&apos; on %2; %n device certificate(s) activated with it.</source>
        <extracomment>%1 is a CA name, %2 a platform account, %n a number of device certificates</extracomment>
        <translation>
            <numerusform>已在 %2 上激活“%1”；其 %n 个设备证书也随之激活。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated &apos;%1&apos; on %2; %n device certificate(s) deactivated with it.</source>
        <translation>
            <numerusform>已在 %2 上停用“%1”；其 %n 个设备证书也随之停用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted &apos;%1&apos; from %2; %n device certificate(s) deleted with it.</source>
        <translation>
            <numerusform>已从 %2 删除“%1”；其 %n 个设备证书也随之删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activated %n device certificate(s) on %1.</source>
        <extracomment>%n is a number of device certificates, %1 a platform account</extracomment>
        <translation>
            <numerusform>已在 %1 上激活 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n device certificate(s) on %1.</source>
        <translation>
            <numerusform>已在 %1 上停用 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 删除 %n 个设备证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates could not be changed.</source>
        <extracomment>%1 and %Ln are formatted numbers: how many failed, of how many</extracomment>
        <translation>
            <numerusform>%Ln 个设备证书中有 %1 个无法更改。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ConfirmCascadeDialog</name>
    <message>
        <source>Activate</source>
        <translation>激活</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>激活(&amp;A)</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to confirm:</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>输入“%1”以确认：</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>工作区</translation>
    </message>
    <message numerus="yes">
        <source>Activate %n device certificate(s) of &apos;%1&apos;? Devices using them can connect again.</source>
        <extracomment>%n is a number of certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>激活“%1”的 %n 个设备证书？使用这些证书的设备将可以重新连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n device certificate(s) of &apos;%1&apos;? Devices using them can no longer connect.</source>
        <translation>
            <numerusform>停用“%1”的 %n 个设备证书？使用这些证书的设备将无法再连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of &apos;%1&apos;? This cannot be undone.</source>
        <translation>
            <numerusform>删除“%1”的 %n 个设备证书？此操作无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating &apos;%1&apos; on %2 also activates its %3 device certificates.</source>
        <extracomment>%1 is a CA name, %2 a platform account, %3 a formatted number such as 2,345</extracomment>
        <translation>在 %2 上激活“%1”也会激活其 %3 个设备证书。</translation>
    </message>
    <message>
        <source>Deactivating this CA deactivates its %3 device certificates: &apos;%1&apos; on %2 and every device that uses one of them can no longer connect.</source>
        <translation>停用此 CA 会停用其 %3 个设备证书：%2 上的“%1”以及使用其中任一证书的所有设备都将无法再连接。</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; from %2 also deletes its %3 device certificates. This cannot be undone.</source>
        <translation>从 %2 删除“%1”也会删除其 %3 个设备证书。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Type the name &apos;%1&apos; exactly to confirm the deletion.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>请准确输入名称“%1”以确认删除。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvImportCommand</name>
    <message>
        <source>Import Device Association</source>
        <translation>导入设备关联</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Folder for the Parts</source>
        <translation>分割文件的存放文件夹</translation>
    </message>
    <message>
        <source>The file was not split: fix the problems in it first.</source>
        <translation>文件未被分割：请先修复其中的问题。</translation>
    </message>
    <message>
        <source>Split the file into %1 parts in %2.</source>
        <extracomment>%1 is a number of files, %2 a folder</extracomment>
        <translation>已将文件分割为 %1 个部分，保存在 %2 中。</translation>
    </message>
    <message numerus="yes">
        <source>Associated %Ln device certificates from %1.</source>
        <extracomment>%Ln is a formatted number, %1 a file name</extracomment>
        <translation>
            <numerusform>已从 %1 关联 %Ln 个设备证书。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Split into Files…</source>
        <translation>分割为多个文件(&amp;S)…</translation>
    </message>
    <message>
        <source>Import Device Association – %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>导入设备关联 – %1</translation>
    </message>
    <message>
        <source>The file has %1 rows; the platform accepts at most %2 per file. Split it into %3 files to upload them one by one.</source>
        <extracomment>%1, %2 and %3 are formatted numbers</extracomment>
        <translation>该文件有 %1 行；平台每个文件最多接受 %2 行。请将其分割为 %3 个文件后逐个上传。</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>文件中发现的问题</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… 以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Split into files</source>
        <translation>分割为多个文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows for product %1, all valid.</source>
        <extracomment>%Ln is a formatted number of rows, %1 a product</extracomment>
        <translation>
            <numerusform>产品 %1 的 %Ln 行，全部有效。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows, %1. Fix the file and drop it again; nothing has been imported.</source>
        <extracomment>%Ln is a formatted number of rows, %1 &quot;N problems&quot;</extracomment>
        <translation>
            <numerusform>%Ln 行，%1。请修正文件后重新拖入；尚未导入任何内容。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <extracomment>Part of &quot;N rows, %1. Fix the file…&quot;; %Ln is a formatted number</extracomment>
        <translation>
            <numerusform>%Ln 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows, %1. Fix the file and import it again; nothing has been imported.</source>
        <extracomment>%Ln is a formatted number of rows, %1 &quot;N problems&quot;</extracomment>
        <translation>
            <numerusform>%Ln 行，%1。请修正文件后重新导入；尚未导入任何内容。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvPreviewModel</name>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvTemplateCommand</name>
    <message>
        <source>Export Association CSV Template</source>
        <translation>导出关联 CSV 模板</translation>
    </message>
    <message>
        <source>Writes an empty device-association CSV with its header row (ProductKey, DeviceName, CertSN), to fill in and import or upload.</source>
        <translation>写入仅含表头行（ProductKey、DeviceName、CertSN）的空设备关联 CSV，供填写后导入或上传。</translation>
    </message>
    <message>
        <source>Wrote the template &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>已写入模板“%1”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeleteCaCommand</name>
    <message>
        <source>&apos;%1&apos; is still registered with %2. Delete its registration there first.</source>
        <extracomment>%1 is a CA name, %2 a list of platform accounts</extracomment>
        <translation>“%1”仍在 %2 中注册。请先在该处删除其注册。</translation>
    </message>
    <message>
        <source>Deleted the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>已删除证书颁发机构“%1”。</translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; destroys its private key, which is kept only in this workspace: nothing can be signed as this CA again, and its CRLs can no longer be published. Back up the private key first (Export Private Key…)? Nothing is deleted then.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>删除“%1”将销毁其私钥，而该私钥只保存在此工作区中：此后无法再以此 CA 的身份签名，也无法再发布其 CRL。是否先备份私钥（导出私钥…）？那样将不会删除任何内容。</translation>
    </message>
    <message>
        <source>Delete CA</source>
        <translation>删除 CA</translation>
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
        <source>Device certificates</source>
        <translation>设备证书</translation>
    </message>
    <message>
        <source>Filter by serial or device name</source>
        <translation>按序列号或设备名称筛选</translation>
    </message>
    <message>
        <source>Drop an association CSV file here to import it.</source>
        <translation>将关联 CSV 文件拖放到此处以导入。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>%Ln is the number of device certificates, formatted</extracomment>
        <translation>
            <numerusform>%Ln 个设备证书</numerusform>
        </translation>
    </message>
    <message>
        <source>The device certificates of the selected certificate authority appear here.</source>
        <translation>所选证书颁发机构的设备证书显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln device certificates matches “%1”.</source>
        <extracomment>%1 is the filter text the user typed, %Ln the number of the CA&apos;s device certificates</extracomment>
        <translation>
            <numerusform>%Ln 个设备证书中没有与“%1”匹配的。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates</source>
        <extracomment>%1 and %Ln are formatted numbers: how many match the filter, of how many</extracomment>
        <translation>
            <numerusform>%1 / %Ln 个设备证书</numerusform>
        </translation>
    </message>
    <message>
        <source>Dev&amp;ice association</source>
        <translation>设备关联(&amp;I)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceCertificateCommand</name>
    <message>
        <source>Copied the PEM of the device certificate %1.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>已复制设备证书 %1 的 PEM。</translation>
    </message>
    <message>
        <source>Export Device Certificate</source>
        <translation>导出设备证书</translation>
    </message>
    <message>
        <source>Export Device Certificate with Chain</source>
        <translation>连同证书链导出设备证书</translation>
    </message>
    <message>
        <source>Writes the certificate %1 followed by its CA&apos;s chain up to the root, as TLS clients send it. Never writes a private key.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>写入证书 %1，其后是其 CA 直至根证书的证书链，顺序与 TLS 客户端发送的相同。从不写入私钥。</translation>
    </message>
    <message>
        <source>Writes the certificate %1. Never writes a private key.</source>
        <translation>写入证书 %1。从不写入私钥。</translation>
    </message>
    <message>
        <source>Wrote the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation>已将设备证书 %1 写入“%2”。</translation>
    </message>
    <message>
        <source>The chain ends below the root: its issuer is not in this workspace.</source>
        <translation>证书链未到达根证书：其签发者不在此工作区中。</translation>
    </message>
    <message>
        <source>Delete the record of the device certificate %1 (%2) from this workspace?</source>
        <extracomment>%1 is a serial number, %2 a product/device name</extracomment>
        <translation>从此工作区删除设备证书 %1（%2）的记录？</translation>
    </message>
    <message>
        <source>The device is still registered on a platform; deleting the record here leaves it there (delete it on the platform first with Devices → Delete Selected…).</source>
        <translation>该设备仍在平台上注册；在此删除记录不会删除平台上的设备（请先通过“设备 → 删除所选项…”在平台上删除）。</translation>
    </message>
    <message>
        <source>It is not registered on any platform.</source>
        <translation>它未在任何平台上注册。</translation>
    </message>
    <message>
        <source>The certificate itself stays valid until it expires; revoke it first if it must stop working, as a certificate without a record cannot be revoked here.</source>
        <translation>证书本身在到期前仍然有效；如需使其失效，请先吊销，因为没有记录的证书无法在此吊销。</translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation>删除记录</translation>
    </message>
    <message>
        <source>Deleted the record of the device certificate %1.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>已删除设备证书 %1 的记录。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceCertificateDialog</name>
    <message>
        <source>Device Certificate – %1</source>
        <extracomment>%1 is a device name</extracomment>
        <translation>设备证书 – %1</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>签发 CA：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>签发者：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>%1 and %2 are dates and times</extracomment>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
    <message>
        <source>Basic constraints:</source>
        <translation>基本约束：</translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation>密钥用法：</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>扩展密钥用法：</translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation>备用名称：</translation>
    </message>
    <message>
        <source>Subject key ID:</source>
        <translation>主题密钥标识符：</translation>
    </message>
    <message>
        <source>Authority key ID:</source>
        <translation>颁发机构密钥标识符：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation>SHA-1 指纹：</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>未吊销</translation>
    </message>
    <message>
        <source>Revoked on %1 (%2)</source>
        <extracomment>%1 is a date and time, %2 an RFC 5280 reason such as &quot;Key compromise&quot;</extracomment>
        <translation>已于 %1 吊销（%2）</translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation>吊销：</translation>
    </message>
    <message>
        <source>%1 (the device is registered on a platform)</source>
        <extracomment>%1 is a status such as &quot;Associated&quot;</extracomment>
        <translation>%1（设备已在平台上注册）</translation>
    </message>
    <message>
        <source>Platform state:</source>
        <translation>平台状态：</translation>
    </message>
    <message>
        <source>Exported to:</source>
        <translation>导出位置：</translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation>历史(&amp;H)：</translation>
    </message>
    <message>
        <source>Audit entries of this certificate</source>
        <translation>此证书的审计条目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Export &amp;PEM…</source>
        <translation>导出 PEM(&amp;P)…</translation>
    </message>
    <message>
        <source>Export &amp;DER…</source>
        <translation>导出 DER(&amp;D)…</translation>
    </message>
    <message>
        <source>Export with &amp;Chain…</source>
        <translation>连同证书链导出(&amp;C)…</translation>
    </message>
    <message>
        <source>C&amp;opy PEM</source>
        <translation>复制 PEM(&amp;O)</translation>
    </message>
    <message>
        <source>De&amp;lete Record…</source>
        <translation>删除记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Not present</source>
        <translation>不存在</translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceRegistrationRun</name>
    <message>
        <source>&apos;%1&apos; is not registered with any platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”未在任何平台账号上注册；请先注册。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not registered with this platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”未在此平台账号上注册；请先注册。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is registered with several platform accounts: choose the account in the toolbar first.</source>
        <translation>“%1”已在多个平台账号上注册：请先在工具栏中选择账号。</translation>
    </message>
    <message numerus="yes">
        <source>Registered %n device certificate(s) on %1; %2 already there.</source>
        <extracomment>%n is a number of device certificates, %1 a platform account, %2 how many were already there</extracomment>
        <translation>
            <numerusform>已在 %1 上注册 %n 张设备证书；%2 张已存在。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates could not be registered.</source>
        <extracomment>%1 and %Ln are formatted numbers: how many failed, of how many</extracomment>
        <translation>
            <numerusform>%Ln 张设备证书中有 %1 张无法注册。</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering</source>
        <extracomment>%n is a number of certificates, %1 a CA name, %2 a platform account</extracomment>
        <translation>正在注册</translation>
    </message>
    <message numerus="yes">
        <source>Registering %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <translation>
            <numerusform>正在 %2 上注册“%1”的 %n 张设备证书…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation>显示错误详细信息</translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation>关闭错误提示</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详细信息</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportAssociationCsvCommand</name>
    <message>
        <source>The CA &apos;%1&apos; has no device certificates recorded; there is nothing to export.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>CA“%1”没有记录任何设备证书，没有可导出的内容。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the association CSV of %n device(s) of the product &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%n devices, %1 a product, %2 the first file written</extracomment>
        <translation>
            <numerusform>已将产品“%1”的 %n 台设备的关联 CSV 写入“%2”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportAssociationCsvDialog</name>
    <message>
        <source>Export Association CSV</source>
        <translation>导出关联 CSV</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Writes ProductKey, DeviceName and CertSN of every device certificate &apos;%1&apos; has recorded for the product, for the platform&apos;s device association.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>写出“%1”为该产品记录的每张设备证书的 ProductKey、DeviceName 和 CertSN，用于平台的设备关联。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter the file to write.</source>
        <translation>请输入要写入的文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在，请选择其他文件。</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportCaChainCommand</name>
    <message numerus="yes">
        <source>Writes the certificate of &apos;%1&apos; followed by its issuers&apos; up to the root: %n certificate(s) in one PEM file. Never writes a private key.</source>
        <extracomment>%1 is a CA name, %n the number of certificates in the chain</extracomment>
        <translation>
            <numerusform>写入“%1”的证书及其直至根证书的各级签发者证书：一个 PEM 文件中共 %n 个证书。从不写入私钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain ends at &apos;%1&apos;: its issuer is not in this workspace.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>证书链止于“%1”：其签发者不在此工作区中。</translation>
    </message>
    <message>
        <source>Export Chain</source>
        <translation>导出证书链</translation>
    </message>
    <message>
        <source>Wrote the chain of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>已将“%1”的证书链写入“%2”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation>新口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>重复口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the file to write.</source>
        <translation>请输入要写入的文件。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>“%1”已存在，请选择其他文件。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>口令至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportPrivateKeyCommand</name>
    <message>
        <source>The private key of &apos;%1&apos; is not stored in this workspace (%2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept</extracomment>
        <translation>“%1”的私钥未保存在此工作区中（%2）。</translation>
    </message>
    <message>
        <source>Export Private Key</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>导出私钥</translation>
    </message>
    <message>
        <source>Writes a backup of the private key of &apos;%1&apos;, encrypted under a new passphrase. Keep the file and the passphrase apart, somewhere safe: whoever has both can sign as this CA.</source>
        <translation>写入“%1”私钥的备份，用新口令加密。请将文件和口令分开保存在安全的地方：同时拥有两者的人可以以此 CA 的身份签名。</translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 (PEM)</source>
        <translation>加密的 PKCS#8（PEM）</translation>
    </message>
    <message>
        <source>PKCS#12 with the certificate chain</source>
        <translation>含证书链的 PKCS#12</translation>
    </message>
    <message>
        <source>Wrote the encrypted private key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation>已将“%1”的加密私钥写入“%2”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::FilePathEdit</name>
    <message>
        <source>Choose: %1</source>
        <translation>选择：%1</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleAction</name>
    <message>
        <source>Import Bun&amp;dle…</source>
        <translation>导入传输包(&amp;D)…</translation>
    </message>
    <message>
        <source>Import a transfer bundle from an offline key ceremony: its CA and pending registrations</source>
        <translation>导入离线密钥仪式产生的传输包：其 CA 和待注册项</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleCommand</name>
    <message>
        <source>Import Bundle</source>
        <translation>导入传输包</translation>
    </message>
    <message>
        <source>The bundle of &apos;%1&apos; was imported before; nothing changed.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>“%1”的传输包之前已导入；没有任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Imported the CA &apos;%1&apos; (key held offline) with %n pending registration(s).</source>
        <extracomment>%1 is a CA name, %n the number of pending registrations</extracomment>
        <translation>
            <numerusform>已导入 CA“%1”（密钥离线保管）及 %n 个待注册项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation>导入传输包</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Every file of the bundle matches its signed manifest, and the signature verifies with the CA certificate it carries. Compare the fingerprint below with the ceremony record before you import: only that proves the CA is the one of the ceremony.</source>
        <translation>传输包中的每个文件都与其签名的清单一致，签名也能用它携带的 CA 证书验证。导入前请将下面的指纹与仪式记录核对：只有这样才能证明该 CA 就是仪式上的那个 CA。</translation>
    </message>
    <message>
        <source>CA &amp;name in this workspace:</source>
        <translation>CA 在此工作区中的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>The CA certificate only: its private key is held offline, so nothing here signs with it.</source>
        <translation>仅 CA 证书：其私钥离线保管，因此这里不会用它签名。</translation>
    </message>
    <message>
        <source>A pending registration for %1 (code %2): `iotca ca register` uploads it with the verification certificate from the bundle.</source>
        <extracomment>%1 is a platform id such as &quot;aws-iot&quot;, %2 a registration code</extracomment>
        <translation>一个 %1 的待注册项（注册码 %2）：由 `iotca ca register` 用传输包中的验证证书上传。</translation>
    </message>
    <message>
        <source>Not recorded, left in the folder: the association CSVs %1.</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation>不记录，保留在文件夹中：关联 CSV %1。</translation>
    </message>
    <message>
        <source>Will be recorded:</source>
        <translation>将记录：</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>文件夹：</translation>
    </message>
    <message>
        <source>Enter a name for the CA.</source>
        <translation>请输入 CA 的名称。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportCaCommand</name>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is too large for a certificate or key.</source>
        <translation>文件“%1”太大，不可能是证书或密钥。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not hold a certificate.</source>
        <translation>“%1”不包含证书。</translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation>无法读取私钥。</translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate in &apos;%1&apos;.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>该私钥与“%1”中的证书不匹配。</translation>
    </message>
    <message>
        <source>Enter a passphrase: the imported key is stored encrypted under it.</source>
        <translation>请输入口令：导入的密钥将用该口令加密存储。</translation>
    </message>
    <message>
        <source>Imported the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>已导入证书颁发机构“%1”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportCaDialog</name>
    <message>
        <source>Import Certificate Authority</source>
        <translation>导入证书颁发机构</translation>
    </message>
    <message>
        <source>Choose the CA certificate and its private key, or drop both files here.</source>
        <translation>选择 CA 证书及其私钥，或将这两个文件拖放到此处。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (%1);;All files (*)</source>
        <translation>证书 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>私钥文件</translation>
    </message>
    <message>
        <source>CA Private Key</source>
        <translation>CA 私钥</translation>
    </message>
    <message>
        <source>Private keys (%1);;All files (*)</source>
        <translation>私钥 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>The key is stored encrypted under this passphrase</source>
        <translation>密钥将用此口令加密存储</translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation>密钥口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>在系统钥匙串中记住口令</translation>
    </message>
    <message>
        <source>%1: neither a certificate nor a private key in PEM form.</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation>%1：既不是 PEM 格式的证书，也不是 PEM 格式的私钥。</translation>
    </message>
    <message>
        <source>Enter a name for the certificate authority.</source>
        <translation>请输入证书颁发机构的名称。</translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation>请选择 CA 证书文件。</translation>
    </message>
    <message>
        <source>The certificate file &apos;%1&apos; does not exist.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>证书文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Choose the private key file of the CA.</source>
        <translation>请选择 CA 的私钥文件。</translation>
    </message>
    <message>
        <source>The key file &apos;%1&apos; does not exist.</source>
        <translation>密钥文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Enter a passphrase: the key&apos;s own, or for an unencrypted key file a new one that the workspace stores it under.</source>
        <translation>请输入口令：输入密钥本身的口令；如果密钥文件未加密，则输入一个新口令，工作区将用它加密存储该密钥。</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>重复口令(&amp;R)：</translation>
    </message>
    <message>
        <source>A new passphrase the workspace stores the key under</source>
        <translation>工作区用来加密保存该密钥的新口令</translation>
    </message>
    <message>
        <source>The passphrase of the key file</source>
        <translation>密钥文件的口令</translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation>新口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase in the system keychain</source>
        <translation>在系统钥匙串中记住口令(&amp;M)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::IssueDevicesCommand</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Workspace only (generic file names)</source>
        <translation>仅工作区（通用文件名）</translation>
    </message>
    <message>
        <source>Issuing Device Certificates</source>
        <translation>正在签发设备证书</translation>
    </message>
    <message numerus="yes">
        <source>Issuing %Ln device certificates for product %1…</source>
        <extracomment>%Ln is a formatted number, %1 a product</extracomment>
        <translation>
            <numerusform>正在为产品 %1 签发 %Ln 个设备证书…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates; association CSV: %1</source>
        <extracomment>%Ln is a formatted number, %1 a list of files</extracomment>
        <translation>
            <numerusform>已签发 %Ln 个设备证书；关联 CSV：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Association CSV: %1</source>
        <translation>关联 CSV：%1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates.</source>
        <extracomment>%Ln is a formatted number</extracomment>
        <translation>
            <numerusform>已签发 %Ln 个设备证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection details: %1</source>
        <extracomment>%1 is a list of files</extracomment>
        <translation>连接信息：%1</translation>
    </message>
    <message>
        <source>%1
Registering them on the platform did not complete: %2. Devices → Register on Platform… takes it up again.</source>
        <extracomment>%1 says what was issued; %2 why the registration that followed did not complete</extracomment>
        <translation>%1
在平台上注册这些证书未能完成：%2。可用“设备 → 在平台上注册…”继续。</translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 is a ZIP file</extracomment>
        <translation>归档文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates into the archive %1.</source>
        <extracomment>%Ln is a formatted number, %1 a ZIP file</extracomment>
        <translation>
            <numerusform>已签发 %Ln 个设备证书，写入归档文件 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::IssueDevicesDialog</name>
    <message>
        <source>&amp;List</source>
        <translation>列表(&amp;L)</translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation>从文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Numbered</source>
        <translation>编号(&amp;N)</translation>
    </message>
    <message>
        <source>Issue Device Certificates from &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>从“%1”签发设备证书</translation>
    </message>
    <message>
        <source>Workspace only (no platform)</source>
        <translation>仅工作区（无平台）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>ProductKey or ProductID</source>
        <translation>ProductKey 或 ProductID</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>产品(&amp;P)：</translation>
    </message>
    <message>
        <source>Device names</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Device names, one per line</source>
        <translation>设备名称，每行一个</translation>
    </message>
    <message>
        <source>One device name per line</source>
        <translation>每行一个设备名称</translation>
    </message>
    <message>
        <source>Text file with one device name per line</source>
        <translation>每行一个设备名称的文本文件</translation>
    </message>
    <message>
        <source>Device Names</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation>文本文件 (*.txt *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation>设备数量</translation>
    </message>
    <message>
        <source>Device name prefix</source>
        <translation>设备名称前缀</translation>
    </message>
    <message>
        <source>Prefix, e.g. sensor-</source>
        <translation>前缀，例如 sensor-</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Device (TLS client authentication)</source>
        <translation>设备（TLS 客户端身份验证）</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>证书模板(&amp;R)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation>签发(&amp;I)</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>签发</translation>
    </message>
    <message>
        <source>The names are read from the file when you click Issue.</source>
        <translation>点击“签发”时将从文件中读取名称。</translation>
    </message>
    <message>
        <source>Choose the file with the device names.</source>
        <translation>请选择包含设备名称的文件。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>无法读取文件“%1”。</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is too large for a list of device names.</source>
        <translation>文件“%1”太大，不可能是设备名称列表。</translation>
    </message>
    <message>
        <source>Enter the prefix of the numbered device names.</source>
        <translation>请输入编号设备名称的前缀。</translation>
    </message>
    <message>
        <source>Enter at least one device name.</source>
        <translation>请至少输入一个设备名称。</translation>
    </message>
    <message>
        <source>%1 device names are more than the %2 one batch can issue.</source>
        <extracomment>%1 and %2 are formatted numbers</extracomment>
        <translation>%1 个设备名称超过了单批次可签发的上限 %2 个。</translation>
    </message>
    <message>
        <source>letters, digits and _ - @ . : only, at most 128 characters</source>
        <translation>只能包含字母、数字和 _ - @ . :，最多 128 个字符</translation>
    </message>
    <message>
        <source>Device name %1, &apos;%2&apos;, is not allowed here: %3.</source>
        <extracomment>%1 is a position (1 = first), %2 a device name, %3 the naming rule</extracomment>
        <translation>第 %1 个设备名称“%2”在此处不允许：%3。</translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; appears twice, at %2 and %3.</source>
        <extracomment>%1 is a device name, %2 and %3 positions</extracomment>
        <translation>设备名称“%1”出现了两次，分别位于 %2 和 %3。</translation>
    </message>
    <message>
        <source>Enter the product the devices belong to.</source>
        <translation>请输入设备所属的产品。</translation>
    </message>
    <message>
        <source>The product may contain only letters, digits, _ and -.</source>
        <translation>产品只能包含字母、数字、_ 和 -。</translation>
    </message>
    <message>
        <source>The platform of this account does not accept this key type.</source>
        <translation>此账号所属的平台不接受此密钥类型。</translation>
    </message>
    <message>
        <source>Choose the folder the certificates and keys go to.</source>
        <translation>请选择存放证书和密钥的文件夹。</translation>
    </message>
    <message>
        <source>The output path &apos;%1&apos; is a file, not a folder.</source>
        <translation>输出路径“%1”是文件，而不是文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates will be issued.</source>
        <extracomment>%Ln is a formatted number</extracomment>
        <translation>
            <numerusform>将签发 %Ln 个设备证书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;gister on %1 after issuing</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>签发后在 %1 上注册(&amp;G)</translation>
    </message>
    <message>
        <source>Every device&apos;s files, the association CSV and a SHA-256 manifest in one ZIP file, written all or nothing.</source>
        <translation>每台设备的文件、关联 CSV 和 SHA-256 清单放在一个 ZIP 文件中，要么全部写入，要么什么都不写。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档文件</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 归档文件 (*.zip)</translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation>归档文件(&amp;H)：</translation>
    </message>
    <message>
        <source>Choose the archive to write.</source>
        <translation>请选择要写入的归档文件。</translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; choose a new name.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>归档文件“%1”已存在；请选择新名称。</translation>
    </message>
    <message>
        <source>&amp;Write one archive (.zip)</source>
        <translation>写入一个归档文件(.zip)(&amp;W)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::JobProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 and %2 are formatted numbers</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>操作失败。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation>显示详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation>隐藏详细信息(&amp;D)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::KeyAlgorithmCombo</name>
    <message>
        <source>Key type</source>
        <translation>密钥类型</translation>
    </message>
    <message>
        <source>RSA 2048-bit</source>
        <translation>RSA 2048 位</translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation>RSA 3072 位</translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation>RSA 4096 位</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
</context>
<context>
    <name>iotca::ui::KeyCeremonyAction</name>
    <message>
        <source>&amp;Key Ceremony…</source>
        <translation>密钥仪式(&amp;K)…</translation>
    </message>
    <message>
        <source>Write a key ceremony script, review it with the witnesses, then run it step by step</source>
        <translation>编写密钥仪式脚本，与见证人一起审阅，然后逐步执行</translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New CA…</source>
        <translation>新建 CA(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new root certificate authority</source>
        <translation>创建新的根证书颁发机构</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>导入 CA(&amp;I)…</translation>
    </message>
    <message>
        <source>Import an existing CA certificate and its private key</source>
        <translation>导入现有的 CA 证书及其私钥</translation>
    </message>
    <message>
        <source>Import &amp;Association CSV…</source>
        <translation>导入关联 CSV(&amp;A)…</translation>
    </message>
    <message>
        <source>Check and import a device-association CSV file</source>
        <translation>检查并导入设备关联 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit IoT CA Desk</source>
        <translation>退出 IoT CA Desk</translation>
    </message>
    <message>
        <source>&amp;Register with Platform…</source>
        <translation>在平台注册(&amp;R)…</translation>
    </message>
    <message>
        <source>Register the selected CA with a platform account</source>
        <translation>将所选 CA 注册到平台账号</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>激活(&amp;A)…</translation>
    </message>
    <message>
        <source>Activate the selected CA&apos;s registration</source>
        <translation>激活所选 CA 的注册</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>停用(&amp;D)…</translation>
    </message>
    <message>
        <source>Deactivate the selected CA&apos;s registration and its devices</source>
        <translation>停用所选 CA 的注册及其设备</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Issue Device Certificates…</source>
        <translation>签发设备证书(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue device certificates from the selected CA</source>
        <translation>从所选 CA 签发设备证书</translation>
    </message>
    <message>
        <source>&amp;Activate Selected…</source>
        <translation>激活所选项(&amp;A)…</translation>
    </message>
    <message>
        <source>Activate the selected device certificates</source>
        <translation>激活所选设备证书</translation>
    </message>
    <message>
        <source>&amp;Deactivate Selected…</source>
        <translation>停用所选项(&amp;D)…</translation>
    </message>
    <message>
        <source>Deactivate the selected device certificates</source>
        <translation>停用所选设备证书</translation>
    </message>
    <message>
        <source>De&amp;lete Selected…</source>
        <translation>删除所选项(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected device certificates</source>
        <translation>删除所选设备证书</translation>
    </message>
    <message>
        <source>&amp;Platform Accounts…</source>
        <translation>平台账号(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit or remove platform accounts</source>
        <translation>添加、编辑或移除平台账号</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>Show and verify the audit log</source>
        <translation>显示并校验审计日志</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the workspace again</source>
        <translation>重新读取工作区</translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation>离线工作(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>Follow the system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;About IoT CA Desk</source>
        <translation>关于 IoT CA Desk(&amp;A)</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>版本和许可证</translation>
    </message>
    <message>
        <source>Delete from &amp;Platform…</source>
        <translation>从平台删除(&amp;P)…</translation>
    </message>
    <message>
        <source>Delete the selected CA&apos;s registration on the platform, with its device certificates there</source>
        <translation>删除所选 CA 在平台上的注册，以及其在该平台上的设备证书</translation>
    </message>
    <message>
        <source>Delete the selected CA and its device certificates from the workspace</source>
        <translation>从工作区删除所选 CA 及其设备证书</translation>
    </message>
    <message>
        <source>Never contact a platform: platform actions are refused; only upload bundles can be written</source>
        <translation>从不连接平台：拒绝执行平台操作；只能写入上传包</translation>
    </message>
    <message>
        <source>&amp;Register on Platform…</source>
        <translation>在平台上注册(&amp;R)…</translation>
    </message>
    <message>
        <source>Register the selected device certificates on the CA&apos;s platform account (Tencent, AWS)</source>
        <translation>在该 CA 的平台账号上注册所选设备证书（腾讯云、AWS）</translation>
    </message>
    <message>
        <source>E&amp;xport Association CSV…</source>
        <translation>导出关联 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the association CSV of the selected CA&apos;s recorded device certificates</source>
        <translation>写出所选 CA 已记录设备证书的关联 CSV</translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>About IoT CA Desk</source>
        <translation>关于 IoT CA 工作台</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation>已复制%1。</translation>
    </message>
    <message>
        <source>Select the certificate authority whose device certificates the file associates.</source>
        <translation>请选择该文件所关联设备证书对应的证书颁发机构。</translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation>离线（手动选择）</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>CA(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>The platform account that registration and issuing use</source>
        <translation>注册和签发所使用的平台账号</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <extracomment>%1 is the name of a platform account</extracomment>
        <translation>账号：%1</translation>
    </message>
    <message>
        <source>No platform account</source>
        <translation>无平台账号</translation>
    </message>
    <message>
        <source>Work Offline is on, so nothing is sent to a platform. Turn it off in View → Work Offline.</source>
        <translation>“离线工作”已开启，因此不会向平台发送任何内容。请在“视图 → 离线工作”中将其关闭。</translation>
    </message>
    <message>
        <source>Platform: not contacted yet</source>
        <translation>平台：尚未连接</translation>
    </message>
    <message>
        <source>Nothing has been sent to this account&apos;s platform since the app started.</source>
        <translation>自应用启动以来，尚未向此账号的平台发送任何内容。</translation>
    </message>
    <message>
        <source>Platform answered at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>平台已于 %1 应答</translation>
    </message>
    <message>
        <source>Platform did not answer at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>平台在 %1 未应答</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <extracomment>%1 is the name of a platform account, %2 a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>账号：%1（%2）</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IoT CA Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Private certificate authorities for IoT fleets: keys, CA and device certificates, and their registration with cloud IoT platforms.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;IoT CA Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;面向物联网设备群的私有证书颁发机构：密钥、CA 证书与设备证书，以及它们在云物联网平台上的注册。&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Offline: no platform account yet</source>
        <translation>离线：尚无平台账号</translation>
    </message>
    <message>
        <source>Nothing is sent to a platform while View → Work Offline is on.</source>
        <translation>“视图 → 离线工作”开启时，不会向任何平台发送内容。</translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation>无工作区</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <extracomment>%1 is the workspace folder&apos;s name</extracomment>
        <translation>%1（离线）</translation>
    </message>
    <message>
        <source>No certificate authority yet.

Create one with File → New CA… or import one with File → Import CA….</source>
        <translation>还没有证书颁发机构。

请通过“文件 → 新建 CA…”创建，或通过“文件 → 导入 CA…”导入。</translation>
    </message>
    <message>
        <source>No workspace is open. Open one with File → Open Workspace….</source>
        <translation>没有打开的工作区。请通过“文件 → 打开工作区…”打开一个。</translation>
    </message>
    <message>
        <source>None yet: Tools → Platform Accounts…</source>
        <translation>暂无：工具 → 平台账号…</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>账号：</translation>
    </message>
    <message>
        <source>Wait until the running task has finished, or cancel it, before switching workspaces.</source>
        <translation>请等待正在运行的任务完成（或取消它），然后再切换工作区。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <extracomment>Suggested file name of a workspace backup; %1 is the workspace&apos;s name, %2 today&apos;s date (2026-12-05)</extracomment>
        <translation>%1 备份 %2.sqlite</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Workspace backups (*.sqlite);;All files (*)</source>
        <translation>工作区备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Backed up the workspace to %1.</source>
        <translation>已将工作区备份到 %1。</translation>
    </message>
    <message>
        <source>Restore Workspace</source>
        <translation>恢复工作区</translation>
    </message>
    <message>
        <source>Replace the workspace in %1 with the backup %2? Everything recorded there since the backup is lost.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation>用备份 %2 替换 %1 中的工作区吗？备份之后记录的所有内容都将丢失。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaCommand</name>
    <message>
        <source>Created the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>已创建证书颁发机构“%1”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaDialog</name>
    <message>
        <source>New Certificate Authority</source>
        <translation>新建证书颁发机构</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>证书颁发机构</translation>
    </message>
    <message>
        <source>How the CA is listed, e.g. Fleet Root 2026</source>
        <translation>CA 在列表中显示的名称，例如 Fleet Root 2026</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, with a leading space</extracomment>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Common name (CN):</source>
        <translation>通用名称 (CN)(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>组织 (O)(&amp;O)：</translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation>组织单位 (OU)(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation>城市 (L)(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;State or province (ST):</source>
        <translation>省/州 (ST)(&amp;S)：</translation>
    </message>
    <message>
        <source>Two letters, e.g. CN</source>
        <translation>两个字母，例如 CN</translation>
    </message>
    <message>
        <source>Coun&amp;try (C):</source>
        <translation>国家/地区 (C)(&amp;T)：</translation>
    </message>
    <message>
        <source>Private key protection</source>
        <translation>私钥保护</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>重复口令(&amp;R)：</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>在系统钥匙串中记住口令</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <source>Enter a name for the certificate authority.</source>
        <translation>请输入证书颁发机构的名称。</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>名称超过 64 个字符。</translation>
    </message>
    <message>
        <source>A certificate authority named &apos;%1&apos; already exists.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>名为“%1”的证书颁发机构已存在。</translation>
    </message>
    <message>
        <source>Enter the common name (CN) of the CA certificate.</source>
        <translation>请输入 CA 证书的通用名称 (CN)。</translation>
    </message>
    <message>
        <source>common name</source>
        <translation>通用名称</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>organizational unit</source>
        <translation>组织单位</translation>
    </message>
    <message>
        <source>locality</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>state or province</source>
        <translation>省/州</translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <extracomment>%1 is a subject field such as &quot;organization&quot;, %2 a number</extracomment>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN or US.</source>
        <translation>国家/地区必须是两个字母的代码，例如 CN 或 US。</translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the CA&apos;s private key.</source>
        <translation>请输入用于保护 CA 私钥的口令。</translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Make it longer or mix letters, digits and symbols.</source>
        <translation>口令太容易被猜到。请加长口令，或混合使用字母、数字和符号。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <source>Self-signed (root CA)</source>
        <translation>自签名（根 CA）</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>签发者(&amp;B)：</translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase in the system keychain</source>
        <translation>在系统钥匙串中记住口令(&amp;M)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaPassphraseDialog</name>
    <message>
        <source>New CA Passphrase</source>
        <translation>新 CA 口令</translation>
    </message>
    <message>
        <source>Choose the passphrase that protects the private key of the new CA &apos;%1&apos;. It is not in the ceremony script and is not shown again.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>请为新 CA“%1”的私钥选择保护口令。口令不会写入仪式脚本，也不会再次显示。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::PassphraseDialog</name>
    <message>
        <source>CA Passphrase</source>
        <translation>CA 口令</translation>
    </message>
    <message>
        <source>Enter the passphrase of the private key of &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>请输入“%1”私钥的口令。</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system &amp;keychain</source>
        <translation>在系统钥匙串中记住口令(&amp;K)</translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation>在系统钥匙串中记住口令</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>口令(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入口令。</translation>
    </message>
    <message>
        <source>Re&amp;member until IoT CA Desk quits</source>
        <translation>记住直到 IoT CA Desk 退出(&amp;M)</translation>
    </message>
    <message>
        <source>Remember the passphrase until IoT CA Desk quits</source>
        <translation>记住口令，直到 IoT CA Desk 退出</translation>
    </message>
    <message>
        <source>Kept in this program&apos;s memory only, so that the next operation with this CA does not ask again</source>
        <translation>仅保存在本程序的内存中，此 CA 的下一次操作不再询问</translation>
    </message>
</context>
<context>
    <name>iotca::ui::PassphraseStrengthHint</name>
    <message>
        <source>No passphrase</source>
        <translation>无口令</translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation>非常强</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>口令强度</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>口令强度：%1</translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong passphrase.</source>
        <extracomment>%1 is a number of characters (12)</extracomment>
        <translation>至少 %1 个字符。几个互不相关的词可以组成强口令。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::PkiActions</name>
    <message>
        <source>Export &amp;Chain…</source>
        <translation>导出证书链(&amp;C)…</translation>
    </message>
    <message>
        <source>Write the selected CA&apos;s certificate and its issuers&apos; up to the root as one PEM file</source>
        <translation>将所选 CA 的证书及其直至根证书的签发者证书写入一个 PEM 文件</translation>
    </message>
    <message>
        <source>Pu&amp;blish CRL…</source>
        <translation>发布 CRL(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the selected CA&apos;s certificate revocation list, signed with its key</source>
        <translation>写入所选 CA 的证书吊销列表，并用其密钥签名</translation>
    </message>
    <message>
        <source>Re&amp;new CA…</source>
        <translation>续期 CA(&amp;N)…</translation>
    </message>
    <message>
        <source>Renew the selected CA&apos;s certificate with the same key: new validity, device certificates keep verifying</source>
        <translation>用相同密钥续期所选 CA 的证书：新的有效期，设备证书仍可通过验证</translation>
    </message>
    <message>
        <source>Export Private &amp;Key…</source>
        <translation>导出私钥(&amp;K)…</translation>
    </message>
    <message>
        <source>Back up the selected CA&apos;s private key under a new passphrase (PKCS#8 or PKCS#12 with the chain)</source>
        <translation>用新口令备份所选 CA 的私钥（PKCS#8 或含证书链的 PKCS#12）</translation>
    </message>
    <message>
        <source>&amp;Verification Certificate…</source>
        <translation>验证证书(&amp;V)…</translation>
    </message>
    <message>
        <source>Make the verification certificate for a registration code typed from a platform&apos;s console</source>
        <translation>为从平台控制台抄录的注册码生成验证证书</translation>
    </message>
    <message>
        <source>Export Association CSV &amp;Template…</source>
        <translation>导出关联 CSV 模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Write an empty device-association CSV with its header row</source>
        <translation>写入仅含表头行的空设备关联 CSV</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected device certificates, with a reason</source>
        <translation>吊销所选设备证书，并注明原因</translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation>查看证书(&amp;S)…</translation>
    </message>
    <message>
        <source>Show the selected device certificate: details, fingerprints, status and history (Enter)</source>
        <translation>查看所选设备证书：详情、指纹、状态和历史（Enter）</translation>
    </message>
    <message>
        <source>Re-&amp;issue…</source>
        <translation>重新签发(&amp;I)…</translation>
    </message>
    <message>
        <source>Issue a new certificate for the selected device, for the same or a new key; the old one stays valid until it is revoked</source>
        <translation>为所选设备签发新证书（沿用原密钥或使用新密钥）；原证书在被吊销之前仍然有效</translation>
    </message>
</context>
<context>
    <name>iotca::ui::PublishCrlCommand</name>
    <message>
        <source>Publish CRL</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>发布 CRL</translation>
    </message>
    <message>
        <source>Writes the certificate revocation list of &apos;%1&apos; (X.509 v2 with CRL number, authority key identifier and nextUpdate), listing every certificate it revoked, signed with its key.</source>
        <translation>写入“%1”的证书吊销列表（X.509 v2，含 CRL 编号、颁发机构密钥标识符和 nextUpdate），列出其吊销的每个证书，并用其密钥签名。</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <source>&amp;Next update in (days):</source>
        <translation>下次更新间隔（天）(&amp;N)：</translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 of &apos;%2&apos; listing %n revoked certificate(s) to &apos;%3&apos;.</source>
        <extracomment>%1 is a CRL number, %2 a CA name, %n the revoked certificates, %3 a file</extracomment>
        <translation>
            <numerusform>已将“%2”的第 %1 号 CRL（列出 %n 个已吊销证书）写入“%3”。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterAccountPage</name>
    <message>
        <source>Platform Account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Choose the account to register the CA with. Its platform&apos;s rules for this CA are checked before anything is sent.</source>
        <translation>选择用于注册该 CA 的账号。在发送任何内容之前，会先按该账号所属平台的规则检查此 CA。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;ApsaraMQ for MQTT&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation>平台账号</translation>
    </message>
    <message>
        <source>Name on the platform</source>
        <translation>平台上的名称</translation>
    </message>
    <message>
        <source>Platform rules</source>
        <translation>平台规则</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>%1 has no API for CA certificates: the wizard writes an upload bundle for its console instead (CA certificate, verification certificate, association CSV template and a README with the steps).</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation>%1 没有用于 CA 证书的 API：向导将改为生成用于其控制台的上传包（CA 证书、验证证书、关联 CSV 模板以及包含操作步骤的 README）。</translation>
    </message>
    <message>
        <source>There is no platform account yet: add one in Tools → Platform Accounts.</source>
        <translation>还没有平台账号：请在“工具 → 平台账号”中添加。</translation>
    </message>
    <message>
        <source>The platform accepts this CA: its key type, name and serial number follow the platform&apos;s rules.</source>
        <translation>平台接受此 CA：其密钥类型、名称和序列号均符合平台规则。</translation>
    </message>
    <message>
        <source>Work Offline is on: nothing is sent to %1. The wizard writes an upload bundle instead (CA certificate, verification certificate and a README with the call that finishes the registration on a connected machine).</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>“离线工作”已开启：不会向 %1 发送任何内容。向导将改为写入上传包（CA 证书、验证证书，以及一个 README，其中包含在联网机器上完成注册的调用）。</translation>
    </message>
    <message>
        <source>Enter a name the platform accepts in “Name on the platform”; the CA keeps its name in the workspace.</source>
        <extracomment>Follows the platform&apos;s refusal of the CA&apos;s name; &quot;Name on the platform&quot; is the field above</extracomment>
        <translation>请在“平台上的名称”中输入平台接受的名称；该 CA 在工作区中保留其原名称。</translation>
    </message>
    <message>
        <source>Name on the &amp;platform:</source>
        <translation>平台上的名称(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterBundlePage</name>
    <message>
        <source>Upload Bundle</source>
        <translation>上传包</translation>
    </message>
    <message>
        <source>The platform has no API for CA certificates. The wizard writes what its console asks for into a folder: ca.pem, verification.pem, the association CSV template and a README with the steps.</source>
        <translation>该平台没有用于 CA 证书的 API。向导会将其控制台所需的文件写入一个文件夹：ca.pem、verification.pem、关联 CSV 模板以及包含操作步骤的 README。</translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation>上传包文件夹</translation>
    </message>
    <message>
        <source>Folder for the Upload Bundle</source>
        <translation>上传包的存放文件夹</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Work Offline is on. The wizard writes ca.pem, verification.pem and a README.txt with the API call and its parameters that finish the registration on a connected machine. The folder must not hold these files yet; no private key is written.</source>
        <translation>“离线工作”已开启。向导将写入 ca.pem、verification.pem 和 README.txt，README.txt 中包含在联网机器上完成注册的 API 调用及其参数。该文件夹中不得已有这些文件；不会写入任何私钥。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaCommand</name>
    <message>
        <source>There is no platform account yet: add one in Tools → Platform Accounts.</source>
        <translation>还没有平台账号：请在“工具 → 平台账号”中添加。</translation>
    </message>
    <message>
        <source>Wrote the upload bundle of &apos;%1&apos; to %2.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation>已将“%1”的上传包写入 %2。</translation>
    </message>
    <message>
        <source>Registered &apos;%1&apos; with %2 (platform ID %3).</source>
        <extracomment>%1 is a CA name, %2 an account, %3 the platform&apos;s id of the CA</extracomment>
        <translation>已在 %2 上注册“%1”（平台 ID %3）。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaRunPage</name>
    <message>
        <source>Registering</source>
        <translation>正在注册</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>&amp;Details (the platform&apos;s answer):</source>
        <translation>详细信息（平台的应答）(&amp;D)：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>Writing the Upload Bundle</source>
        <translation>正在写入上传包</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Bundle Written</source>
        <translation>上传包已写入</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>The upload bundle is ready.</source>
        <translation>上传包已就绪。</translation>
    </message>
    <message>
        <source>The platform accepted the CA.</source>
        <translation>平台已接受该 CA。</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Next: upload ca.pem and verification.pem in the platform&apos;s console, as the README says.</source>
        <translation>下一步：按照 README 的说明，在平台控制台中上传 ca.pem 和 verification.pem。</translation>
    </message>
    <message>
        <source>Platform ID: %1</source>
        <extracomment>%1 is the platform&apos;s id of the CA</extracomment>
        <translation>平台 ID：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>%1 is a status such as &quot;Activated&quot;</extracomment>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Registration code: %1</source>
        <translation>注册码：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Not Registered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered or recorded.</source>
        <translation>已取消：未注册或记录任何内容。</translation>
    </message>
    <message>
        <source>The registration failed; nothing was recorded in the workspace.</source>
        <translation>注册失败；未在工作区中记录任何内容。</translation>
    </message>
    <message>
        <source>Code: %1
%2</source>
        <translation>错误码：%1
%2</translation>
    </message>
    <message>
        <source>&amp;Verification certificate (CN = the registration code, signed by the CA key):</source>
        <translation>验证证书（CN = 注册码，由 CA 私钥签名）(&amp;V)：</translation>
    </message>
    <message>
        <source>Verification certificate</source>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>Next: on a connected machine, register ca.pem and verification.pem with the platform as README.txt says.</source>
        <translation>下一步：在联网的机器上，按照 README.txt 的说明向平台注册 ca.pem 和 verification.pem。</translation>
    </message>
    <message>
        <source>Register again with another “Name on the platform”; the CA keeps its name in the workspace.</source>
        <extracomment>Follows the platform&apos;s refusal of the CA&apos;s name; &quot;Name on the platform&quot; is a field of the first page</extracomment>
        <translation>请使用另一个“平台上的名称”重新注册；该 CA 在工作区中保留其原名称。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaRunner</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation>平台账号“%1”指定了未知平台“%2”。</translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered.</source>
        <translation>已取消：未注册任何内容。</translation>
    </message>
    <message>
        <source>Unlocking the CA key with the remembered passphrase…</source>
        <translation>正在使用已记住的口令解锁 CA 密钥…</translation>
    </message>
    <message>
        <source>Unlocking the CA key…</source>
        <translation>正在解锁 CA 密钥…</translation>
    </message>
    <message>
        <source>Writing the upload bundle…</source>
        <translation>正在写入上传包…</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaWizard</name>
    <message>
        <source>Register &apos;%1&apos; with a Platform</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>在平台上注册“%1”</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCodePage</name>
    <message>
        <source>&amp;Fetch it from the platform while registering</source>
        <translation>注册时从平台获取(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Enter the code shown in the platform&apos;s console:</source>
        <translation>输入平台控制台中显示的注册码(&amp;E)：</translation>
    </message>
    <message>
        <source>Registration Code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>The verification certificate carries the platform&apos;s registration code as its Common Name; it proves that you hold the CA&apos;s private key.</source>
        <translation>验证证书以平台的注册码作为其通用名称（Common Name），用于证明您持有 CA 的私钥。</translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Fetching is the usual way. Type a code only when you already took one from the console.</source>
        <translation>通常选择从平台获取。仅当您已从控制台获取了注册码时，才需手动输入。</translation>
    </message>
    <message>
        <source>%1 hands out the registration code in its console only: open the CA certificate page there, copy the code and paste it here.</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation>%1 仅在其控制台中提供注册码：请在控制台中打开 CA 证书页面，复制注册码并粘贴到此处。</translation>
    </message>
    <message>
        <source>Work Offline is on, so nothing is fetched: type the registration code that %1 gave you. The verification certificate is made for exactly this code.</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation>“离线工作”已开启，因此不会获取任何内容：请输入 %1 给出的注册码。验证证书将完全针对此注册码生成。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterConfirmPage</name>
    <message>
        <source>Ready</source>
        <translation>准备就绪</translation>
    </message>
    <message>
        <source>Register &apos;%1&apos; with the account %2 (%3) as &apos;%4&apos;, active.</source>
        <extracomment>%1 is a CA name, %2 an account, %3 a platform, %4 the CA&apos;s name on the platform</extracomment>
        <translation>以名称“%4”在账号 %2（%3）上注册“%1”，并设为激活状态。</translation>
    </message>
    <message>
        <source>The registration code is fetched from the platform.</source>
        <translation>注册码将从平台获取。</translation>
    </message>
    <message>
        <source>The verification certificate is made for the code &apos;%1&apos;.</source>
        <translation>将为注册码“%1”生成验证证书。</translation>
    </message>
    <message>
        <source>The CA&apos;s private key signs the verification certificate: you may be asked for its passphrase.</source>
        <translation>验证证书由 CA 的私钥签名：可能会要求您输入其口令。</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>注册(&amp;R)</translation>
    </message>
    <message>
        <source>Write the upload bundle of &apos;%1&apos; for the code &apos;%2&apos; into %3.</source>
        <extracomment>%1 is a CA name, %2 a registration code, %3 a folder</extracomment>
        <translation>将“%1”针对注册码“%2”的上传包写入 %3。</translation>
    </message>
    <message>
        <source>Nothing is sent: you upload the bundle in the platform&apos;s console.</source>
        <translation>不会发送任何内容：您需要在平台控制台中自行上传该上传包。</translation>
    </message>
    <message>
        <source>&amp;Write Bundle</source>
        <translation>写入上传包(&amp;W)</translation>
    </message>
    <message>
        <source>Nothing is sent (Work Offline): you finish the registration on a connected machine, as the bundle&apos;s README says.</source>
        <translation>不会发送任何内容（离线工作）：请按照上传包 README 的说明在联网的机器上完成注册。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ReissueDeviceCommand</name>
    <message>
        <source>Select the device certificate to re-issue.</source>
        <translation>请选择要重新签发的设备证书。</translation>
    </message>
    <message>
        <source>Re-issued &apos;%1&apos;: %2 supersedes %3.</source>
        <extracomment>%1 is a device name, %2 the new serial number, %3 the old one</extracomment>
        <translation>已重新签发“%1”：%2 取代 %3。</translation>
    </message>
    <message>
        <source>The old certificate is revoked; publish a new CRL (CA → Publish CRL…).</source>
        <translation>原证书已吊销；请发布新的 CRL（CA → 发布 CRL…）。</translation>
    </message>
    <message>
        <source>The old certificate stays valid until it expires or is revoked.</source>
        <translation>原证书在过期或被吊销之前仍然有效。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ReissueDialog</name>
    <message>
        <source>Make a &amp;new key pair for the device</source>
        <translation>为设备生成新的密钥对(&amp;N)</translation>
    </message>
    <message>
        <source>Revoke the old certificate (reason &amp;superseded)</source>
        <translation>吊销原证书（原因：已被取代）(&amp;S)</translation>
    </message>
    <message>
        <source>Re-issue Device Certificate</source>
        <translation>重新签发设备证书</translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation>重新签发(&amp;I)</translation>
    </message>
    <message>
        <source>Issues a new certificate for the device &apos;%1&apos; in place of %2: the same subject, a new serial number and validity, signed by &apos;%3&apos;.</source>
        <extracomment>%1 is product/device, %2 a serial number, %3 a CA name</extracomment>
        <translation>为设备“%1”签发新证书以取代 %2：主题相同，序列号和有效期为新，由“%3”签发。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>证书模板(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation>输出文件夹(&amp;O)：</translation>
    </message>
    <message>
        <source>A new key pair is written beside the certificate, readable by you only; install both on the device.</source>
        <translation>新的密钥对写在证书旁边，仅您本人可读；请将两者一起安装到设备上。</translation>
    </message>
    <message>
        <source>The new certificate is for the device&apos;s present public key: the device keeps its private key, and only the certificate is written.</source>
        <translation>新证书沿用设备现有的公钥：设备保留其私钥，只写出证书。</translation>
    </message>
    <message>
        <source>The old certificate %1 is revoked already.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>原证书 %1 已被吊销。</translation>
    </message>
    <message>
        <source>The old certificate %1 is revoked (reason superseded): publish a new CRL, and a device still using it is refused.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>原证书 %1 将被吊销（原因：已被取代）：请发布新的 CRL，仍使用它的设备将被拒绝。</translation>
    </message>
    <message>
        <source>The old certificate %1 stays valid until it expires or you revoke it; the new one becomes the device&apos;s current certificate.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation>原证书 %1 在过期或被您吊销之前仍然有效；新证书成为设备的当前证书。</translation>
    </message>
    <message>
        <source>Choose the folder for the new certificate.</source>
        <translation>请选择新证书的文件夹。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RenewCaCommand</name>
    <message>
        <source>Renewed &apos;%1&apos;: serial %2 replaces %3.</source>
        <extracomment>%1 is a CA name, %2 and %3 serial numbers</extracomment>
        <translation>已续期“%1”：序列号 %2 取代 %3。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RenewCaDialog</name>
    <message>
        <source>Renew CA</source>
        <translation>续期 CA</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>续期(&amp;R)</translation>
    </message>
    <message>
        <source>Renews the certificate of &apos;%1&apos; with the same subject and key: a new serial number and validity, and the device certificates it issued keep verifying.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>以相同的主题和密钥续期“%1”的证书：新的序列号和有效期，其签发的设备证书仍可通过验证。</translation>
    </message>
    <message>
        <source>Its issuer &apos;%1&apos; signs the new certificate; its passphrase is asked.</source>
        <extracomment>%1 is the name of the issuing CA</extracomment>
        <translation>由其签发者“%1”签发新证书；将询问签发者的口令。</translation>
    </message>
    <message>
        <source>The platforms know a CA certificate by its content: register the renewed certificate there again.</source>
        <translation>平台按内容识别 CA 证书：请在平台上重新注册续期后的证书。</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>有效期（天）(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>iotca::ui::RevokeDevicesCommand</name>
    <message>
        <source>Select the device certificates to revoke.</source>
        <translation>请选择要吊销的设备证书。</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n device certificate(s) of the CA &apos;%1&apos;; publish a new CRL (CA → Publish CRL…).</source>
        <extracomment>%n device certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>已吊销 CA“%1”的 %n 个设备证书；请发布新的 CRL（CA → 发布 CRL…）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::RevokeDialog</name>
    <message>
        <source>Unspecified</source>
        <translation>未指定</translation>
    </message>
    <message>
        <source>Key compromise: the device&apos;s private key may be known to others</source>
        <translation>密钥泄露：设备私钥可能已被他人获知</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA 泄露</translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation>隶属关系变更</translation>
    </message>
    <message>
        <source>Superseded: replaced by a new certificate</source>
        <translation>已被取代：由新证书替换</translation>
    </message>
    <message>
        <source>Cessation of operation: the device is retired</source>
        <translation>停止运营：设备已退役</translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation>权限撤销</translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation>AA 泄露</translation>
    </message>
    <message>
        <source>Revoke Device Certificates</source>
        <translation>吊销设备证书</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>吊销(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n device certificate(s) of the CA &apos;%1&apos;? This cannot be undone: the CA&apos;s next CRL (CA → Publish CRL…) lists them.</source>
        <extracomment>%n device certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>吊销 CA“%1”的 %n 个设备证书？此操作无法撤销：该 CA 的下一个 CRL（CA → 发布 CRL…）将列出它们。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are still active on a platform; deactivate them there too (Devices → Deactivate Selected…).</source>
        <extracomment>%n certificates</extracomment>
        <translation>
            <numerusform>其中 %n 个仍在平台上处于激活状态；请同时在平台上停用它们（设备 → 停用所选项…）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the reason in words, %2 its RFC 5280 name (keyCompromise)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>iotca::ui::ShowPassphraseCheck</name>
    <message>
        <source>S&amp;how passphrase</source>
        <translation>显示口令(&amp;H)</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>显示口令</translation>
    </message>
</context>
<context>
    <name>iotca::ui::SyncCommand</name>
    <message>
        <source>The CA is not registered with any platform account: there is nothing to sync.</source>
        <translation>该 CA 未在任何平台账号上注册：没有可同步的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n platform account(s) could not be synced.</source>
        <extracomment>%n is a number of platform accounts</extracomment>
        <translation>
            <numerusform>有 %n 个平台账号无法同步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n registration(s): %1 changed, %2 no longer on the platform.</source>
        <extracomment>%n is a number of registrations, %1 and %2 numbers</extracomment>
        <translation>
            <numerusform>已同步 %n 个注册：%1 个已更改，%2 个已不在平台上。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account name, %2 why it failed</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>iotca::ui::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>服务器 URL(&amp;S)：</translation>
    </message>
    <message>
        <source>Enter the URL of the team workspace.</source>
        <translation>请输入团队工作区的 URL。</translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation>在钥匙串中记住(&amp;R)</translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several operators share. Leave the password empty to use the one remembered in your keychain (or PGPASSWORD, ~/.pgpass). A server that is not on this computer must present a certificate your system trusts.</source>
        <translation>团队工作区位于多位操作员共享的 PostgreSQL 数据库中。密码留空则使用钥匙串中记住的密码（或 PGPASSWORD、~/.pgpass）。不在本机上的服务器必须出示您的系统信任的证书。</translation>
    </message>
    <message>
        <source>Store the password in the system keychain (never in the workspace or the settings), so the next open needs no password.</source>
        <translation>将密码保存在系统钥匙串中（绝不保存在工作区或设置中），下次打开时无需再输入密码。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the password to remember, or clear &quot;Remember in keychain&quot;.</source>
        <translation>请输入要记住的密码，或取消勾选“在钥匙串中记住”。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::VerificationCertificateCommand</name>
    <message>
        <source>Verification Certificate</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation>验证证书</translation>
    </message>
    <message>
        <source>Proves to a platform that you hold the key of &apos;%1&apos;: type the registration code its console shows; the certificate (CN = the code, signed by the CA) is written to the file, to upload there.</source>
        <translation>向平台证明您持有“%1”的密钥：输入平台控制台显示的注册码；证书（CN = 注册码，由该 CA 签名）将写入文件，供上传到平台。</translation>
    </message>
    <message>
        <source>Registration &amp;code:</source>
        <translation>注册码(&amp;C)：</translation>
    </message>
    <message>
        <source>Enter the registration code the platform&apos;s console shows.</source>
        <translation>请输入平台控制台显示的注册码。</translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation>有效期（天）(&amp;V)：</translation>
    </message>
    <message>
        <source>Wrote the verification certificate to &apos;%1&apos; (serial %2).</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation>已将验证证书写入“%1”（序列号 %2）。</translation>
    </message>
</context>
<context>
    <name>iotca::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the workspace in another folder</source>
        <translation>打开另一个文件夹中的工作区</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole workspace to a file</source>
        <translation>将整个工作区的一致副本写入文件</translation>
    </message>
    <message>
        <source>&amp;Restore Workspace…</source>
        <translation>恢复工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace this workspace with a backup</source>
        <translation>用备份替换此工作区</translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation>打开团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <source>Open a workspace that several operators share on a PostgreSQL server</source>
        <translation>打开多位操作员在 PostgreSQL 服务器上共享的工作区</translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Interrupted Bulk Issue Recovered</source>
        <translation>已恢复被中断的批量签发</translation>
    </message>
    <message>
        <source>Enter the password in File → Open Team Workspace… and tick &quot;Remember in keychain&quot;.</source>
        <translation>请在“文件 → 打开团队工作区…”中输入密码，并勾选“在钥匙串中记住”。</translation>
    </message>
</context>
</TS>
