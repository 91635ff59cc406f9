<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountCommands</name>
    <message>
        <source>The secret file &apos;%1&apos; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds, lists, tests and removes cloud platform accounts (credentials in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a platform account; its credentials go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the platform accounts of the workspace (never their credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a platform account and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an account&apos;s credentials with a read-only request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region id (cn-hangzhou, ap-guangzhou, us-east-1, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance id (required for ApsaraMQ for MQTT; the IoT Platform instance for alibaba-iot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product key (Alibaba) or product ID (Tencent) the account works with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to &lt;url&gt; instead of the platform&apos;s public host (a private endpoint, the local emulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trusts the PEM certificates in &lt;file&gt;, for this account&apos;s endpoint only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID (Alibaba), SecretId (Tencent) or access key id (AWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the matching secret from &lt;file&gt; (its content, without the trailing line break).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a cloud platform account. The AccessKey ID and its secret are stored in the system keychain; the workspace keeps only the name of the keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of platforms</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the platform account &apos;%1&apos; (%2, %3); its credentials are in the system keychain.</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;AWS IoT Core&quot;, %3 a region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the platform accounts of the workspace: platform, region, endpoint and registered CAs. Credentials are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(public endpoint)</source>
        <extracomment>Shown instead of an endpoint URL when the account uses the platform&apos;s public host</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance %1</source>
        <extracomment>%1 is an instance id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product %1</source>
        <extracomment>%1 is a product key or id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registered CA(s)</source>
        <extracomment>%n is the number of CAs registered with the account</extracomment>
        <translation>
            <numerusform>%n registered CA</numerusform>
            <numerusform>%n registered CAs</numerusform>
        </translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a platform account from the workspace and its credentials from the keychain. Nothing changes on the platform. When CAs are registered with it, asks first on a terminal (without one, needs --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform account &apos;%1&apos; has %n registered CA(s); the workspace forgets those registrations (the platform keeps them). Remove the account?</source>
        <extracomment>%1 is an account name, %n the number of CAs registered with it</extracomment>
        <translation>
            <numerusform>The platform account &apos;%1&apos; has %n registered CA; the workspace forgets those registrations (the platform keeps them). Remove the account?</numerusform>
            <numerusform>The platform account &apos;%1&apos; has %n registered CAs; the workspace forgets those registrations (the platform keeps them). Remove the account?</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; was not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to remove the platform account &apos;%1&apos; with registered CAs without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the platform account &apos;%1&apos; and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the account&apos;s endpoint and credentials with a read-only request (it lists the account&apos;s CAs). Prints OK, or the platform&apos;s error and exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>OK: the platform account &apos;%1&apos; answered; it has %n CA certificate(s).</source>
        <extracomment>%1 is an account name, %n the number of CA certificates the platform listed</extracomment>
        <translation>
            <numerusform>OK: the platform account &apos;%1&apos; answered; it has %n CA certificate.</numerusform>
            <numerusform>OK: the platform account &apos;%1&apos; answered; it has %n CA certificates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AliyunAssociationFiles</name>
    <message>
        <source>Association row %1 has no ProductKey.</source>
        <extracomment>%1 is a row number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association row %1: the DeviceName &apos;%2&apos; is not 4 to 32 letters, digits or - _ @ . :</source>
        <extracomment>%1 is a row number, %2 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association row %1: &apos;%2&apos; is not a hexadecimal certificate serial number.</source>
        <extracomment>%1 is a row number, %2 the text given as serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association row %1 repeats the device &apos;%2&apos; or the serial number %3.</source>
        <extracomment>%1 is a row number, %2 a device name, %3 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationCsvExport</name>
    <message>
        <source>Could not read the device certificates from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA has no device certificates recorded in the workspace; there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA has no device certificates recorded for the product &apos;%1&apos;; there is nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CA&apos;s devices belong to %n products (%1); an association CSV names one product, so choose one.</source>
        <extracomment>%1 is a list of product keys, %n how many there are</extracomment>
        <translation>
            <numerusform>The CA&apos;s devices belong to %n product (%1); an association CSV names one product, so choose one.</numerusform>
            <numerusform>The CA&apos;s devices belong to %n products (%1); an association CSV names one product, so choose one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write the association CSV &apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationCsvSplitter</name>
    <message>
        <source>The file has %1 rows, which would make more than %2 files; split it into smaller files first.</source>
        <extracomment>%1 is a number of rows, %2 of files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; changed while it was being split; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts already written: %1. %2</source>
        <extracomment>%1 is the number of files already written, %2 the reason the next one failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationCsvValidator</name>
    <message>
        <source>the file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data: this is not a CSV text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: this line has bytes that are not valid UTF-8; save the file as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column %1 appears twice in the header (columns %2 and %3)</source>
        <extracomment>%1 is a column name, %2 and %3 are column positions (1, 2, 3...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first line must name the columns ProductKey, DeviceName and CertSN; it reads &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has a column without a name; the columns are ProductKey, DeviceName and CertSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; in the header; the columns are ProductKey, DeviceName and CertSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ProductKey is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ProductKey &apos;%1&apos; has spaces around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProductKey &apos;%1&apos; differs from &apos;%2&apos; on line %3 (one product per file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DeviceName is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; contains &apos;%2&apos;; only letters, digits and - _ @ . : are allowed</source>
        <extracomment>%2 is the first character that is not allowed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; must have %2 to %3 characters, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceName &apos;%1&apos; is already listed on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no device certificate with serial number %1 was issued by the CA &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 was issued for the product &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate %1 was issued for the device &apos;%2&apos;, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed, so the rest of the file reads as part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; quote the whole field and double the quotes inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field has a quote inside but does not start with one; quote the whole field and double the quotes inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <extracomment>%1 is the number of fields found on the line, %2 the number the header has</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertSN &apos;%1&apos; (%2) is already listed on line %3</source>
        <extracomment>%1 is the serial number as written in the file, %2 the same number normalised</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; &apos;%2&apos; is on %3 rows in all</source>
        <extracomment>Appended to &quot;ProductKey &apos;X&apos; differs from &apos;Y&apos; on line 2 (one product per file)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no data rows; it needs 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has %1 data rows; the platform accepts at most %2 per file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the CSV file was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line must name the columns ProductKey, DeviceName and CertSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; begins with &apos;%3&apos;: a spreadsheet that opens this file may run it as a formula</source>
        <extracomment>%1 is a column name (ProductKey, DeviceName), %2 the cell, %3 its first character</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationCsvWriter</name>
    <message>
        <source>The CSV file &apos;%1&apos; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file &apos;%1&apos; is not open for writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Shows and verifies the workspace&apos;s audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the audit log, oldest entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that no entry was changed, removed or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only entries after entry &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --after needs an entry id, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the audit log&apos;s hash chain. Exit code 0 when it is intact, 1 when an entry was changed, removed or cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact (%n entries checked).</source>
        <extracomment>%n is the number of entries</extracomment>
        <translation>
            <numerusform>The audit log is intact (%n entry checked).</numerusform>
            <numerusform>The audit log is intact (%n entries checked).</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditEntryText</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA no. %1</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account no. %1</source>
        <extracomment>%1 is the name of a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA “%1” with account “%2”</source>
        <extracomment>%1 is the name of a certificate authority, %2 of a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <extracomment>%1 is a list, %2 how many more items there are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>One item of an audit entry&apos;s summary: %1 a label such as &quot;Serial&quot;, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Could not write the audit log entry for &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry %1 is missing.</source>
        <extracomment>%1 and %2 are audit log entry numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries %1 to %2 are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry %1 was changed after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log ends at entry %1, but entries up to %2 were written.</source>
        <extracomment>%1 and %2 are audit log entry numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log&apos;s recorded end does not match its last entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogExport</name>
    <message>
        <source>Cannot write the file &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the audit log to &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchFileWriter</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot flush the files in &apos;%1&apos; to disk: %2.</source>
        <extracomment>%1 is a folder, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingPlatformConnection</name>
    <message>
        <source>Cancelling the request; nothing is recorded for it.</source>
        <extracomment>Printed when the user presses Ctrl-C while the CLI waits for a platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hint: %1</source>
        <extracomment>A line after an error message; %1 says what to do, e.g. &quot;pass --remote-name NAME …&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error code: %1</source>
        <extracomment>Last line of a failed platform operation; %1 is the platform&apos;s or our error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCommands</name>
    <message>
        <source>Carries a CA from an air-gapped machine to an online one: a signed transfer bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a CA&apos;s transfer bundle (certificates, verification certificates, CSVs, signed manifest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a transfer bundle and records its CA (key held offline) and pending registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder: new or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform&apos;s registration code: a verification certificate is made for it with the CA key (repeatable; each with its --platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verification certificate made before (e.g. by `ca verification-cert`); its Common Name is the code (repeatable; each with its --platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform of each --registration-code, then of each --verification-cert, in order: aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An association CSV to carry along (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony record to carry along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the transfer bundle of a CA into a new folder, all or nothing: ca.pem, chain.pem (for an intermediate), verification certificates, association CSVs, the ceremony record, manifest.json with the SHA-256 of each file and manifest.json.sig, the manifest signed with the CA key. A file holding a private key is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one --platform for each --registration-code and each --verification-cert, in that order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuers of the CA &apos;%1&apos; up to its root are not all in this workspace; the bundle carries the whole chain.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the transfer bundle of the CA &apos;%1&apos; to &apos;%2&apos; (%n file(s) and the signed manifest).</source>
        <extracomment>%1 is a CA name, %2 a folder, %n the number of files</extracomment>
        <translation>
            <numerusform>Wrote the transfer bundle of the CA &apos;%1&apos; to &apos;%2&apos; (%n file and the signed manifest).</numerusform>
            <numerusform>Wrote the transfer bundle of the CA &apos;%1&apos; to &apos;%2&apos; (%n files and the signed manifest).</numerusform>
        </translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1</source>
        <extracomment>%1 is a SHA-256 fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name in this workspace (default: its name in the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every file of a transfer bundle against the signed manifest and the CA certificate, then records the CA (certificate only, key held offline) and its verification certificates as pending registrations; `ca register` uploads them. Importing the same bundle again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1 (compare it with the ceremony record)</source>
        <extracomment>%1 is a SHA-256 fingerprint; compare it with the ceremony record</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was imported before: the CA &apos;%1&apos; and its pending registrations are already recorded; nothing changed.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the CA &apos;%1&apos; (certificate only; its key is held offline).</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n pending registration(s) of the CA &apos;%1&apos;; upload with `iotca ca register --account ACCOUNT &apos;%1&apos;`.</source>
        <extracomment>%n pending registrations; %1 is a CA name</extracomment>
        <translation>
            <numerusform>Recorded %n pending registration of the CA &apos;%1&apos;; upload with `iotca ca register --account ACCOUNT &apos;%1&apos;`.</numerusform>
            <numerusform>Recorded %n pending registrations of the CA &apos;%1&apos;; upload with `iotca ca register --account ACCOUNT &apos;%1&apos;`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaCommands</name>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembers the passphrase in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, imports, shows and exports certificate authorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports an existing CA certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the CAs of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the verification certificate for a platform&apos;s registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembers a CA&apos;s passphrase in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a CA&apos;s passphrase from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject, e.g. &quot;CN=Fleet Root,O=Example,C=CN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basicConstraints pathLenConstraint (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of key types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --subject: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --path-length needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace already has a CA named &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes DER instead of PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate (never its key) to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the certificate of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also writes the verification certificate&apos;s own key (PEM, owner-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the verification certificate that proves to a platform that you hold the CA&apos;s key: a new key, CN = the registration code, signed by the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the verification certificate to &apos;%1&apos; (serial %2).</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also deletes the CA&apos;s device certificates and registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the CA &apos;%1&apos; and its private key from the workspace? This cannot be undone.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the CA&apos;s passphrase and remembers it in the system keychain, so later commands need not ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the CA &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is remembered in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the CA&apos;s passphrase from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is no longer remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a CA from the workspace, or with --account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a CA with a platform account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates a registered CA on its platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates a registered CA and its device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the CAs of a platform account as the platform reports them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates the recorded registrations from the platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the CA on this platform account instead (with its device certificates there); the workspace keeps the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a CA and its stored key from the workspace, or with --account deletes it on that platform account. Asks first on a terminal; without one, needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cascade is for deleting from the workspace; it cannot go with --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the products a registered CA is bound to (Tencent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a CA: a new key and a self-signed root certificate, or with --issuer an intermediate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes an intermediate CA signed by this CA of the workspace (default: a self-signed root).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the issuing CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a CA: a new key and a certificate, stored in the workspace with the key encrypted under a passphrase. Without --issuer a self-signed root; with it an intermediate whose validity ends no later than its issuer&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity was shortened to end on %1, when the issuing CA &apos;%2&apos; expires.</source>
        <extracomment>%1 is a date, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s private key (PEM or DER). Leave it out for a certificate signed for a key made here with &apos;ca create-csr&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate and key in one PKCS#12 file (.p12/.pfx), instead of --cert and --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an encrypted key file (or the PKCS#12 file) with the passphrase in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports an existing CA: its certificate and private key (or one PKCS#12 file). The key is stored encrypted under the passphrase of --passphrase-file (or one typed on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --p12 or --cert and --key, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the CAs of the workspace with their state: revoked, expired, expiring (within 30 days, or --expiring days) or valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the chain as one PEM bundle: the CA, then its issuers up to the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain is written as PEM; --der cannot go with --chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a registration done by hand in a platform console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaCreator</name>
    <message>
        <source>A CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a CA named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaExporter</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the certificate of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaHierarchyCommands</name>
    <message>
        <source>Reads %1 passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <extracomment>%1 says whose passphrase (&quot;the CA&apos;s&quot;, &quot;the issuing CA&apos;s&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --path-length needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a sub-CA key here and a certificate request for a root kept elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a sub-CA&apos;s certificate request made elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews a CA certificate with the same key and subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes an intermediate CA (its issuer&apos;s next CRL lists it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a CA&apos;s certificate revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-CA&apos;s name in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key type: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject, e.g. &quot;CN=Fleet Issuing CA&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request file to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new sub-CA&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a sub-CA key, stored here encrypted under a new passphrase, and its certificate request (PKCS#10) for a root kept elsewhere. Import the signed certificate with &apos;iotca ca import --cert FILE&apos; (no --key): it joins this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad --subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; exists already; choose another --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the key of the sub-CA &apos;%1&apos; and wrote its certificate request to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To import a CA with its key file, give --key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-CA&apos;s certificate request (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to sign it as: sub-ca (the only one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file to write (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-CA&apos;s name in the workspace (default: its common name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 1825).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basicConstraints pathLenConstraint (default 0: signs no further CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the issuers&apos; certificates after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuing CA&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a sub-CA&apos;s certificate request made elsewhere with a CA of the workspace. Shows what it signs and asks first on a terminal; without one, needs --yes. The new sub-CA is recorded in the workspace under its issuer (its key stays elsewhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; &apos;ca sign-csr&apos; signs sub-CAs only (--profile sub-ca). Device requests are signed by &apos;device sign-csr&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate request &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable certificate request: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no common name; give the sub-CA a --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-CA request &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names (not copied): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Signed by &apos;%1&apos; as a CA, path length %2, for %n day(s).</source>
        <translation>
            <numerusform>Signed by &apos;%1&apos; as a CA, path length %2, for %n day.</numerusform>
            <numerusform>Signed by &apos;%1&apos; as a CA, path length %2, for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign this request as a sub-CA of &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to sign a sub-CA without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed the sub-CA &apos;%1&apos; (serial %2) and wrote its certificate to &apos;%3&apos;.</source>
        <extracomment>%1 is a CA name, %2 a serial number, %3 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing CA&apos;s (the CA&apos;s own for a root, its issuer&apos;s for an intermediate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews a CA certificate: the same key and subject, a new serial and validity, so the device certificates it issued keep verifying. A root signs itself; an intermediate is signed by its issuer in the workspace. Register it again on any platform that had the old certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed the CA &apos;%1&apos;: serial %2 replaces %3.</source>
        <extracomment>%1 is a CA name, %2 and %3 serial numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 5280 reason: %1 (default unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intermediate CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes an intermediate CA: its issuer (a CA of the workspace) lists it in its next CRL (&apos;iotca ca crl --ca ISSUER&apos;). Asks first on a terminal; without one, needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no issuer in this workspace, so it cannot be revoked here (a root is retired by removing it from trust stores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the CA &apos;%1&apos;? Every certificate under it stops verifying. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to revoke the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked the CA &apos;%1&apos;; publish a new CRL of &apos;%2&apos; (iotca ca crl --ca &quot;%2&quot;).</source>
        <extracomment>%1 is a CA name, %2 its issuer&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days until nextUpdate (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes DER instead of PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the CA&apos;s certificate revocation list (X.509 v2: CRL number, authority key identifier, nextUpdate, reason codes) listing every certificate it revoked, signed with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote CRL number %1 of the CA &apos;%2&apos; listing %n revoked certificate(s) to &apos;%3&apos; (next update %4).</source>
        <extracomment>%1 is a number, %2 a CA name, %n the number of revoked certificates, %3 a file, %4 a date</extracomment>
        <translation>
            <numerusform>Wrote CRL number %1 of the CA &apos;%2&apos; listing %n revoked certificate to &apos;%3&apos; (next update %4).</numerusform>
            <numerusform>Wrote CRL number %1 of the CA &apos;%2&apos; listing %n revoked certificates to &apos;%3&apos; (next update %4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaImportChecks</name>
    <message>
        <source>The CA certificate in &apos;%1&apos; expired on %2; an expired CA cannot sign device certificates.</source>
        <extracomment>%1 is a file, %2 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; is not valid before %2; import it from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has the serial number 0; RFC 5280 (4.1.2.2) requires a positive serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has the negative serial number %2; RFC 5280 (4.1.2.2) requires a positive serial number.</source>
        <extracomment>%2 is a serial number such as -05</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate in &apos;%1&apos; has a serial number of %2 octets; RFC 5280 (4.1.2.2) allows at most 20.</source>
        <extracomment>%2 is a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaImporter</name>
    <message>
        <source>The certificate for &apos;%1&apos; is not a CA certificate.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase to be stored under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the key of the CA &apos;%1&apos; is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 what is wrong with it (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the PKCS#12 file &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaKeyAccess</name>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not stored in this workspace (it is kept: %2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept (for example &quot;offline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the CA &apos;%1&apos; is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock the private key of the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key does not match the certificate &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; is not remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remembered passphrase of the CA &apos;%1&apos; is no longer in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaKeyBackup</name>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not belong to the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the private key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaKeyRestore</name>
    <message>
        <source>This backup&apos;s passphrase was chosen by the officer and not split into shares: give the passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 belongs to the share set %2, but this backup&apos;s passphrase was split into the set %3.</source>
        <extracomment>%1 is a share number, %2 and %3 share set ids (&quot;3F9A-0C2B&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares put together do not open the backup&apos;s key. They are of its set, so the backup&apos;s key file was changed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open the backup&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s key does not belong to the backup&apos;s certificate (%1): the backup folder was mixed up with another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup holds the key of another CA: the key of &apos;%1&apos; (%2) is a different one. Nothing was changed.</source>
        <extracomment>%1 is a CA name, %2 its subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has its key in this workspace already; give --replace to overwrite the stored key with the backup&apos;s (the same key, under a new passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored key needs a passphrase to be stored under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a key backup (share set %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from a key backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaOutput</name>
    <message>
        <source>Stored the CA &apos;%1&apos; (serial %2, valid until %3).</source>
        <extracomment>%1 is a CA name, %2 its serial number, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <extracomment>Column headings of `iotca ca list`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SERIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no CA yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Labels of `iotca ca show`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No CA expires within %n day(s).</source>
        <extracomment>%n is a number of days</extracomment>
        <translation>
            <numerusform>No CA expires within %n day.</numerusform>
            <numerusform>No CA expires within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>itself (root CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA &apos;%1&apos; of this workspace</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an issuer not in this workspace (missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaProductsCommand</name>
    <message>
        <source>The registered CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the products a registered CA is bound to, as the platform reports them (Tencent Cloud IoT Hub; nothing is recorded). A CA still bound to a product cannot be deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is bound to no product.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRegistrationPrecheck</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in the workspace (%2): the verification certificate cannot be made here.</source>
        <extracomment>%1 is a CA name, %2 where its key is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is already registered with the platform account &apos;%2&apos; (as &apos;%3&apos;, %4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &apos;%1&apos; cannot be registered as a CA: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid now (valid from %2 to %3); platforms refuse it.</source>
        <extracomment>%1 is a CA name, %2 and %3 dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the CA &apos;%1&apos; (%2) is not one the platforms accept.</source>
        <extracomment>%1 is a CA name, %2 a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRegistrationPreflight</name>
    <message>
        <source>The CA &apos;%1&apos; is already registered with this account (as %2, %3).</source>
        <extracomment>%1 is a CA name, %2 the platform&apos;s id for it, %3 a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of &apos;%1&apos; cannot be registered as a CA: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid now (valid from %2 to %3); platforms refuse it.</source>
        <extracomment>%1 is a CA name, %2 and %3 dates</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is needed for the verification certificate: unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key given is not the private key of the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a %2 key; the platforms accept RSA 2048/3072/4096 and ECDSA P-256/P-384.</source>
        <extracomment>%1 is a CA name, %2 a key description such as &quot;RSA 8192-bit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: enter the code shown there.</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; (serial %2) is already registered with this account as &apos;%3&apos;.</source>
        <extracomment>%1 is a CA name, %2 its serial number, %3 the platform&apos;s name or id of the registered copy</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already has a CA certificate named &apos;%1&apos;; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA limit reached: this account already has %1 CA certificates with the subject &apos;%2&apos;.</source>
        <extracomment>%1 is a number (10 or more), %2 a distinguished name such as &quot;CN=Fleet Root,O=Example&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded verification certificate of the CA &apos;%1&apos; cannot be used: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRegistrationRepository</name>
    <message>
        <source>Could not record the registration of CA %1 with platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA %1 or the platform account %2 does not exist in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA %1 is not registered with the platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the status of CA %1 on platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the sync of CA %1 on platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the registration of CA %1 with platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the registrations of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the registrations of platform account %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRegistrationService</name>
    <message>
        <source>Another platform operation of this account is still running; wait for it or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation was cancelled; nothing was recorded. %1</source>
        <extracomment>%1 says what the platform had already done when the operation was cancelled</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is open read-only, so the outcome could not be recorded; nothing was sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 says what was being done (&quot;Uploading the CA certificate &apos;Fleet Root&apos;&quot;), %2 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not registered with the account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a platform account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was deleted from the account &apos;%2&apos;; register it again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating the CA &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating the CA &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA is deleted from a platform with deleteCa(), not by a status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the new status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded on the platform, but the workspace could not record it: %2</source>
        <extracomment>%1 says what was done (&quot;Deactivating the CA &apos;Fleet Root&apos;&quot;), %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the status of the CA &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating the CA &apos;%1&apos; before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the CA &apos;%1&apos; on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was deleted on the platform, but the workspace could not record it: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and may still be inactive: sync the account to record its state.</source>
        <extracomment>%1 is why the deletion failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating the CA &apos;%1&apos; again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and is active again.</source>
        <extracomment>%1 is why the deletion failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The CA had been deactivated first and could not be activated again (%2): sync the account to record its state.</source>
        <extracomment>%1 is why the deletion failed, %2 why the CA could not be activated again</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device certificate can be activated (Associated) or deactivated (Inactivated) on a platform, not set to &apos;%1&apos;.</source>
        <extracomment>%1 is a status such as &quot;Issued&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no device certificate with serial number %2 in this workspace; nothing was sent for it.</source>
        <extracomment>%1 is a CA name, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device certificate %1 of &apos;%2&apos; is already deleted on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate %1 of %2 (serial %3)</source>
        <extracomment>%1 and %2 count device certificates, %3 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating the device certificate %1 before deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the device certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the status of the device certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform had already changed %n device certificate(s), which the workspace does not show.</source>
        <extracomment>%n counts device certificates</extracomment>
        <translation>
            <numerusform>The platform had already changed %n device certificate, which the workspace does not show.</numerusform>
            <numerusform>The platform had already changed %n device certificates, which the workspace does not show.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recording the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform accepted the change of %n device certificate(s), but the workspace could not record it: %1</source>
        <extracomment>%n counts device certificates, %1 is the reason</extracomment>
        <translation>
            <numerusform>The platform accepted the change of %n device certificate, but the workspace could not record it: %1</numerusform>
            <numerusform>The platform accepted the change of %n device certificates, but the workspace could not record it: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate of the CA &apos;%1&apos; in the workspace cannot be read: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registers CA certificates as active only.</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the CA certificates of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CA certificates of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the verification certificate for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the CA certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 registered the CA as &apos;%2&apos;, but the workspace could not record it: %3</source>
        <extracomment>%1 is a platform name, %2 the platform&apos;s id for the CA, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the statuses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the products bound to the CA &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; is still bound to %n product(s): %2. Unbind it from them (or delete them) on the platform first; nothing was deleted.</source>
        <extracomment>%1 is a CA name, %2 a list of products such as &quot;U58ABC2YLJ (fleet)&quot;, %n how many products</extracomment>
        <translation>
            <numerusform>The CA &apos;%1&apos; is still bound to %n product: %2. Unbind it from it (or delete it) on the platform first; nothing was deleted.</numerusform>
            <numerusform>The CA &apos;%1&apos; is still bound to %n products: %2. Unbind it from them (or delete them) on the platform first; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos; back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 succeeded and is recorded, but reading its device certificates back failed; run &apos;ca sync&apos; to record their statuses</source>
        <extracomment>%1 says what was done (&quot;Deactivating the CA &apos;Fleet Root&apos;&quot;), %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the device certificates of the CA &apos;%1&apos; from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not list the device certificate %1: its broker registers a device certificate when the device first connects with it. Nothing was sent for it.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not list the device certificate %1; register it first (&apos;device register&apos;). Nothing was sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform holds another certificate with the serial number %1 under this CA; it differs from the workspace and was not replaced.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering device certificate %1 of %2 (%3)</source>
        <extracomment>%1 and %2 count device certificates, %3 is a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering the device certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform registered %n device certificate(s), but the workspace could not record it: %1</source>
        <extracomment>%n counts device certificates, %1 is the reason</extracomment>
        <translation>
            <numerusform>The platform registered %n device certificate, but the workspace could not record it: %1</numerusform>
            <numerusform>The platform registered %n device certificates, but the workspace could not record it: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The registration was cancelled. The platform had registered %n device certificate(s) before that; they are recorded.</source>
        <extracomment>%n counts device certificates</extracomment>
        <translation>
            <numerusform>The registration was cancelled. The platform had registered %n device certificate before that; they are recorded.</numerusform>
            <numerusform>The registration was cancelled. The platform had registered %n device certificates before that; they are recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform already holds this device with another certificate than %1; the workspace differs from the platform and nothing was replaced.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CA certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRenewal</name>
    <message>
        <source>The issuer of the CA &apos;%1&apos; is not in this workspace; renew it where its issuer is kept.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaRepository</name>
    <message>
        <source>A CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; needs either a stored encrypted key or a reference to where its key is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the CA &apos;%1&apos; to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a CA named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA with id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the notes of the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record where the passphrase of the CA %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new encrypted key of the CA %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the re-encrypted key of the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the CA %1 from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the CA &apos;%1&apos; from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the CAs of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has issued %n intermediate CAs in this workspace; delete those first.</source>
        <extracomment>%1 is a CA name, %n a number</extracomment>
        <translation>
            <numerusform>The CA &apos;%1&apos; has issued %n intermediate CA in this workspace; delete it first.</numerusform>
            <numerusform>The CA &apos;%1&apos; has issued %n intermediate CAs in this workspace; delete those first.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is still registered with %2 and has %3; delete them with it, or unregister it first.</source>
        <extracomment>%1 is a CA name, %2 &quot;N platform accounts&quot;, %3 &quot;N device certificates&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform accounts</source>
        <extracomment>Part of &quot;The CA &apos;%1&apos; is still registered with %2 and has %3&quot;</extracomment>
        <translation>
            <numerusform>%n platform account</numerusform>
            <numerusform>%n platform accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>Part of &quot;The CA &apos;%1&apos; is still registered with %2 and has %3&quot;</extracomment>
        <translation>
            <numerusform>%Ln device certificate</numerusform>
            <numerusform>%Ln device certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not store the renewed certificate of the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restored key of the CA %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the restored key of the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyCommands</name>
    <message>
        <source>give it as &quot;CA name=file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a CA of the script</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second passphrase for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the new passphrase of &apos;%1&apos;: give --passphrase &quot;%1=file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the passphrase of &apos;%1&apos; and none remembered: give --passphrase &quot;%1=file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ceremony script &apos;%1&apos; has %n problem(s); nothing was done:</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>The ceremony script &apos;%1&apos; has %n problem; nothing was done:</numerusform>
            <numerusform>The ceremony script &apos;%1&apos; has %n problems; nothing was done:</numerusform>
        </translation>
    </message>
    <message>
        <source>Runs an offline key ceremony from one script file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a ceremony script completely, then runs its steps and writes the signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony script (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the script and prints the numbered steps; writes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the passphrase of the script&apos;s CA &lt;name&gt; from the first line of &lt;file&gt; (repeatable; else asked on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name=file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the key ceremony of a script file (docs/ceremony.md): checks all of it first and reports every problem with its JSON path, then creates the CAs, verification certificates, device batches, key backup and transfer bundle in order, and writes the record (JSON signed by the ceremony&apos;s CA, and PDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony &apos;%1&apos; (script SHA-256 %2): the script is valid. Steps:</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the script&apos;s SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyRecordPdfWriter</name>
    <message>
        <source>%1 — page %2</source>
        <extracomment>%1 is the page footer (the ceremony&apos;s title and script hash), %2 a page number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony record cannot be printed to PDF: this program was started without graphics support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ceremony record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony record could not be printed to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ceremony record: %1 (script SHA-256 %2…)</source>
        <extracomment>Page footer; %1 is the ceremony&apos;s title, %2 the start of the script&apos;s SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ceremony record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1 UTC (local %2)</source>
        <extracomment>%1 is a UTC time, %2 the same in local time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished: %1 UTC (local %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: every step was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: the ceremony STOPPED at step %1: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <extracomment>%1 is a step number, %2 what the step does, %3 its state (done, FAILED, not run)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a CA name, %2 &quot;created&quot; or &quot;used&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type: %1; serial: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries written during the ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain head: entry %1, hash %2</source>
        <extracomment>%1 is an entry number, %2 a SHA-256 hash</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the record file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceremony-record.json is not signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceremony-record.json is signed by the CA &apos;%1&apos; (SHA-256 %2) in ceremony-record.json.sig; check it with: openssl x509 -in ceremony-signer.pem -pubkey -noout &gt; signer.pub; openssl dgst -sha256 -verify signer.pub -signature ceremony-record.json.sig ceremony-record.json</source>
        <extracomment>%1 is a CA name, %2 its SHA-256 fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures: each signs that the steps above happened in their presence as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer %1:</source>
        <extracomment>%1 is a person&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyRecordWriter</name>
    <message>
        <source>Signing the record is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record, written to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyRunner</name>
    <message>
        <source>Ceremony &apos;%1&apos;, officer %2.</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the officer</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony record could not be written to &apos;%1&apos;.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony stopped at step %1; the record in &apos;%2&apos; says so.</source>
        <extracomment>%1 is a step number, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyScriptChecks</name>
    <message>
        <source>&apos;%1&apos; exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same path as %1</source>
        <extracomment>%1 is a JSON path such as $.record.out</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace already has a CA named &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace has no CA named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of &apos;%1&apos; is not in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyScriptParser</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1..%2</source>
        <extracomment>%1 and %2 are numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a CA created earlier in the script nor one of existingCas</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <extracomment>%1 is a list of key types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice in the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of aws-iot, tencent-iothub, apsaramq-mqtt, alibaba-iot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of names and count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goes with count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be more than shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the out of an entry of verificationCertificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is signed by &apos;%1&apos;, not by the bundle&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry in verificationCertificates needs a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not the csv of an entry of deviceBatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <extracomment>%1 is a byte offset, %2 the parser&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <extracomment>%1 is the format id this version reads</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must name at least one witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the script creates no CA and uses none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CeremonyStepRunner</name>
    <message>
        <source>Backed up the key of &apos;%1&apos; to &apos;%2&apos;; its passphrase is split into the share set %3 (%4 of %5 needed), share sheets in &apos;%6&apos;: print them, hand them out, then delete that folder.</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a share set id, %4 shares needed, %5 shares made, %6 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuers of the CA &apos;%1&apos; up to its root are not all in this workspace; the bundle carries the whole chain.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the transfer bundle of &apos;%1&apos; to &apos;%2&apos; (%n file(s) and the signed manifest; CA SHA-256 %3).</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a fingerprint, %n the number of files</extracomment>
        <translation>
            <numerusform>Wrote the transfer bundle of &apos;%1&apos; to &apos;%2&apos; (%n file and the signed manifest; CA SHA-256 %3).</numerusform>
            <numerusform>Wrote the transfer bundle of &apos;%1&apos; to &apos;%2&apos; (%n files and the signed manifest; CA SHA-256 %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>Create the root CA &apos;%1&apos; (%2, key %3, %4 days)</source>
        <extracomment>%1 is a CA name, %2 a subject, %3 a key type, %4 a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the intermediate CA &apos;%1&apos; under &apos;%2&apos; (%3, key %4, %5 days)</source>
        <extracomment>%1 is a CA name, %2 the issuing CA, %3 a subject, %4 a key type, %5 a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the verification certificate of &apos;%1&apos; for the registration code %2 into &apos;%3&apos;</source>
        <extracomment>%1 is a CA name, %2 a registration code, %3 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issue %n device certificate(s) for the product &apos;%1&apos; from &apos;%2&apos; into &apos;%3&apos;</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a folder</extracomment>
        <translation>
            <numerusform>Issue %n device certificate for the product &apos;%1&apos; from &apos;%2&apos; into &apos;%3&apos;</numerusform>
            <numerusform>Issue %n device certificates for the product &apos;%1&apos; from &apos;%2&apos; into &apos;%3&apos;</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the key of &apos;%1&apos; to &apos;%2&apos;, its passphrase split into %4 shares (%3 needed) into &apos;%5&apos;</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 shares needed, %4 shares made, %5 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the transfer bundle of &apos;%1&apos; to &apos;%2&apos;</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the ceremony record to &apos;%1&apos;, signed by &apos;%2&apos;</source>
        <extracomment>%1 is a folder, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step left to run before the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of &apos;%1&apos; was not unlocked before the ceremony stopped.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the CA &apos;%1&apos;, serial %2, SHA-256 %3.</source>
        <extracomment>%1 is a CA name, %2 a serial number, %3 a fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote &apos;%1&apos; (serial %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile or key type of the batch is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %n device certificate(s) into &apos;%1&apos;.</source>
        <extracomment>%n devices, %1 a folder</extracomment>
        <translation>
            <numerusform>Issued %n device certificate into &apos;%1&apos;.</numerusform>
            <numerusform>Issued %n device certificates into &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Association CSV: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertSerialText</name>
    <message>
        <source>the certificate serial number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has spaces around the serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a &apos;:&apos; separator that is not between two digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is longer than the %2 bytes a certificate serial number may have</source>
        <extracomment>%2 is the limit in bytes (20)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is zero; certificate serial numbers are positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>The file for the certificate is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is cut off: it should have %1 bytes but has only %2.</source>
        <extracomment>%1 and %2 are byte counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a key, not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a certificate signing request, not a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is damaged and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 in the file: %2</source>
        <extracomment>%1 is the position of the certificate in the file (1, 2, ...), %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no certificate.</source>
        <extracomment>%1 is a PEM label such as &quot;PRIVATE KEY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a PEM nor a DER certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a version 3 certificate, so it cannot be a CA.</source>
        <extracomment>%1 is the certificate&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: it has no basicConstraints extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: its basicConstraints say CA:FALSE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &apos;%1&apos; is not a CA: its keyUsage does not allow signing certificates (keyCertSign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust settings after the certificate are damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <source>The path length constraint cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate needs a subject name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A root CA needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing needs the CA certificate and the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; expired on %2; it cannot issue certificates any more.</source>
        <extracomment>%1 is the CA&apos;s name, %2 a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not valid before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match the certificate of the CA &apos;%1&apos;.</source>
        <extracomment>%1 is the CA&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a path length of 0, so it may not sign other CAs.</source>
        <extracomment>%1 is the CA&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has a path length of %2, so a CA it signs may have a path length of at most %3.</source>
        <extracomment>%1 is the CA&apos;s name, %2 and %3 numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing a sub-CA needs its certificate request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request has no usable public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing a CA needs its certificate and a signing key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateLifeStates</name>
    <message>
        <source>Valid</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <extracomment>Validity state of a certificate in a list; %n is a number of days</extracomment>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>Validity state of a certificate in a list</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateProfile</name>
    <message>
        <source>The validity must be between 1 and 36,500 days, not %1.</source>
        <extracomment>%1 is a number of days</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA expired on %1; it cannot issue certificates any more.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity was shortened to end on %1, when the CA &apos;%2&apos; expires.</source>
        <extracomment>%1 is a date and time, %2 the CA&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fill in the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add an extension to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <source>A certificate signing request needs a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate signing request needs a subject name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fill in the certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the certificate signing request is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate signing request file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a certificate, not a certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate signing request is damaged or cut off and cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no certificate signing request.</source>
        <extracomment>%1 is a PEM label such as &quot;CERTIFICATE&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate signing request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate signing request carries no usable public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of the certificate signing request for &apos;%1&apos; does not verify; the request was altered or damaged.</source>
        <extracomment>%1 is the request&apos;s subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in the certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateText</name>
    <message>
        <source>Not a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA, path length %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA, no path length limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-Repudiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Encipherment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encipher Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decipher Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCSP signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cessation of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>There is no certificate to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trusted CA certificate to verify against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up certificate verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate chain does not verify at &apos;%1&apos; (depth %2): %3.</source>
        <extracomment>%1 is a certificate&apos;s name, %2 its position in the chain (0 = the certificate itself), %3 OpenSSL&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <extracomment>Placeholder in --help: a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the result as JSON (see docs/cli.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not ask for confirmation (needed when there is no terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>First line of --help; %1 is the command and its argument syntax</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <extracomment>%1 is the first argument that was not expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos; for more information.</source>
        <extracomment>%1 is a command such as &quot;iotca ca create&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 is required.</source>
        <extracomment>%1 is an option such as --name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --%1 needs a positive whole number, not &apos;%2&apos;.</source>
        <extracomment>%1 is an option such as --days, %2 what the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works on the workspace in &lt;dir&gt;, or on the team workspace postgresql://user@host:port/database (default: $IOTCA_WORKSPACE, else the desktop app&apos;s workspace).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommandGroup</name>
    <message>
        <source>Commands:</source>
        <extracomment>Heading of the list of sub-commands in --help</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for the options of a command.</source>
        <extracomment>%1 is a command such as &quot;iotca ca&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt; [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a command of &apos;%2&apos;.</source>
        <extracomment>%1 is what the user typed, %2 a command such as &quot;iotca ca&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliWorkspace</name>
    <message>
        <source>There is no workspace in &apos;%1&apos;.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in this workspace (%2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept (free text such as &quot;offline&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the CA &apos;%1&apos; remembered in the keychain did not work: %2</source>
        <extracomment>%1 is a CA name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; needs its passphrase: use --passphrase-file, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the CA &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the role&apos;s password in the keychain with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove it from the URL and store it with: %1</source>
        <extracomment>%1 is a command line</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>details: %1</source>
        <extracomment>Second line of an error message: the technical reasons (OpenSSL&apos;s, a platform&apos;s)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>%1 is a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <extracomment>Appended to a yes/no question on the terminal; &quot;N&quot; is the default</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Accepted answers to a yes/no question, besides &quot;y&quot; and &quot;yes&quot;; separate several with &apos;|&apos;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlBuilder</name>
    <message>
        <source>Could not build the certificate revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRL needs the CA certificate and the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; may not sign CRLs: its keyUsage lacks cRLSign.</source>
        <extracomment>%1 is a certificate subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match the CA certificate &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate revocation list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrlPublisher</name>
    <message>
        <source>Cannot write the CRL of the CA &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvCommands</name>
    <message numerus="yes">
        <source>%1: valid, %n row(s).</source>
        <extracomment>%1 is a file, %n the number of rows</extracomment>
        <translation>
            <numerusform>%1: valid, %n row.</numerusform>
            <numerusform>%1: valid, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not shown.</source>
        <extracomment>%n further problems that were not listed</extracomment>
        <translation>
            <numerusform>%n more problem not shown.</numerusform>
            <numerusform>%n more problems not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 has %n problem.</numerusform>
            <numerusform>%1 has %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks, creates and splits device-association CSV files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an association CSV before the platform sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an empty association CSV with its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits an association CSV into files of at most 10,000 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also checks that every CertSN is a device certificate this CA issued for the row&apos;s product and device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks an association CSV (ProductKey,DeviceName,CertSN). Exit code 0 when it is valid, 1 when it has problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an association CSV with only its header row, ready to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the parts (default: the file&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per part (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits an association CSV into parts of at most 10,000 rows (FILE-part-001.csv, ...). Writes nothing when the rows have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepts at most 10,000 rows per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (or give it as FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (or use --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to write either with --out or as FILE, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the association CSV of the devices a CA has recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more warning(s) not shown.</source>
        <extracomment>%n further warnings that were not listed</extracomment>
        <translation>
            <numerusform>%n more warning not shown.</numerusform>
            <numerusform>%n more warnings not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvDiagnostic</name>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <extracomment>%1 is a line number, %2 a column name such as CertSN, %3 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvExportCommand</name>
    <message>
        <source>The CA whose recorded devices to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the devices of this product (needed when the CA&apos;s devices belong to several products).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to write (must not exist; above 10,000 devices FILE-part-001.csv, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the association CSV (ProductKey,DeviceName,CertSN) of the device certificates a CA has recorded in the workspace: all files or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the association CSV of %n device(s) of the product &apos;%1&apos; from the CA &apos;%2&apos;:</source>
        <extracomment>%n devices, %1 a product, %2 a CA name</extracomment>
        <translation>
            <numerusform>Wrote the association CSV of %n device of the product &apos;%1&apos; from the CA &apos;%2&apos;:</numerusform>
            <numerusform>Wrote the association CSV of %n devices of the product &apos;%1&apos; from the CA &apos;%2&apos;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file could not be read after %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 has bytes that are not valid UTF-8; save it as UTF-8 (in Excel: &quot;CSV UTF-8&quot;) and try again.</source>
        <extracomment>%1 is a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a CSV text file: line %1 contains binary data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetachedSignature</name>
    <message>
        <source>No key was given to sign with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no public key to verify with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify with the certificate&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceArchiveWriter</name>
    <message>
        <source>Cannot write the archive &apos;%1&apos;: %2.</source>
        <extracomment>%1 is the archive, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary file &apos;%1&apos; exists: another run may be writing this archive. Remove it if none is.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; appeared while it was written; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceBatchRefusals</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a certificate serial number, %2 why the platform refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateCommands</name>
    <message>
        <source>Several CAs issued a certificate with the serial %1; say which with --ca.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device certificate with the serial %1 is recorded here.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one device certificate with its status and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one device certificate (PEM or DER, with its chain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes device certificates (the CA&apos;s next CRL lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name (default: any CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a device certificate: subject, serial, validity, extensions, fingerprints, status (platform and revocation) and the audit entries that name it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked on %1 (%2)</source>
        <extracomment>%1 is a date and time, %2 an RFC 5280 reason name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <extracomment>Labels of `iotca device show`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pem (default) or der.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appends the CA chain up to the root (PEM only), as TLS clients send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one device certificate (never its key) to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &apos;%1&apos;; use pem or der.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain is written as PEM; --format der cannot go with --chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends at &apos;%1&apos;: its issuer is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial numbers to revoke (comma-separated, or repeat the option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes the CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RFC 5280 reason: %1 (default unspecified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revokes device certificates of a CA, all or none; its next CRL (&apos;iotca ca crl&apos;) lists them. Asks first on a terminal; without one, needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown reason &apos;%1&apos;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n device certificate(s) of the CA &apos;%1&apos;? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Revoke %n device certificate of the CA &apos;%1&apos;? This cannot be undone.</numerusform>
            <numerusform>Revoke %n device certificates of the CA &apos;%1&apos;? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to revoke device certificates of the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n device certificate(s) of the CA &apos;%1&apos;; publish a new CRL (iotca ca crl --ca &quot;%1&quot;).</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Revoked %n device certificate of the CA &apos;%1&apos;; publish a new CRL (iotca ca crl --ca &quot;%1&quot;).</numerusform>
            <numerusform>Revoked %n device certificates of the CA &apos;%1&apos;; publish a new CRL (iotca ca crl --ca &quot;%1&quot;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revoked certificate(s) are still active on a platform; deactivate them there too (iotca device deactivate --ca &quot;%1&quot; --account ACCOUNT --serial ...).</source>
        <extracomment>%n a number of certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>%n revoked certificate is still active on a platform; deactivate it there too (iotca device deactivate --ca &quot;%1&quot; --account ACCOUNT --serial ...).</numerusform>
            <numerusform>%n revoked certificates are still active on a platform; deactivate them there too (iotca device deactivate --ca &quot;%1&quot; --account ACCOUNT --serial ...).</numerusform>
        </translation>
    </message>
    <message>
        <source>Supersedes</source>
        <extracomment>A re-issued certificate: the serial of the certificate it replaced</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateDetails</name>
    <message>
        <source>The CA &apos;%2&apos; has no device certificate with the serial %1.</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateHistory</name>
    <message>
        <source>Could not read the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the re-issued certificate of the device &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is no longer the newest of the device &apos;%2&apos;; re-issue the newest one.</source>
        <extracomment>%1 is a serial number, %2 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateIssuer</name>
    <message>
        <source>Could not prepare %1 key generation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not generate a %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare issuing device certificates from the CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate signing request is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device certificate needs a subject name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the device&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the device key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier certificate has no public key to issue for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of the earlier certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the device&apos;s name or public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the subject alternative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate serial number must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device&apos;s public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateRepository</name>
    <message>
        <source>Could not read the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA with id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the device certificates to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (device &apos;%3&apos;): &apos;%2&apos; is not a hexadecimal serial number.</source>
        <extracomment>%1 is a position in a list, %2 the text given as serial number, %3 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 (serial %2) lacks a device name, the certificate or its end of validity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: the CA already has a certificate with serial number %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: product &apos;%2&apos; already has a device named &apos;%3&apos;.</source>
        <extracomment>%2 is a product key, %3 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the status of the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the status of device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA %1 has no device certificate with serial number &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the export of device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CA %1 has no device certificate with serial number(s) %2; nothing was deleted.</source>
        <extracomment>%1 is a CA id, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>The CA %1 has no device certificate with serial number %2; nothing was deleted.</numerusform>
            <numerusform>The CA %1 has no device certificate with serial numbers %2; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not record what the platform said about the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the platform&apos;s ids of the device certificates of CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateStatus</name>
    <message>
        <source>Issued</source>
        <extracomment>Status of a device certificate: issued here, not yet associated with a device on a platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associated</source>
        <extracomment>Status of a device certificate: associated with its device on a platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivated</source>
        <extracomment>Status of a device certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Status of a device certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCertificateTemplate</name>
    <message>
        <source>Could not prepare the device certificate template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s serial number or validity cannot be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compute the subject key identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not sign the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCommands</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product key (Alibaba) or product ID (Tencent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names and subject rules: %1 (default generic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder (created owner-only; must not hold files of the same names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also writes the association CSV (split per 10,000 devices).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices per transaction (default 512).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of profiles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --names, --names-file and --count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues and lists device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues device keys and certificates in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs the devices&apos; own certificate requests in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the device certificates of a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device names, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices to name with --name-prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix of numbered device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device key type (default ec:P-256; rsa:2048 for alibaba-iot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of certificate requests (*.csr, *.req, *.pem, *.der); each file&apos;s base name is the device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a certificate for each request in a folder after verifying its signature, records them in the workspace and writes the association CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no device certificate was deleted.</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 has %n problem; no device certificate was deleted.</numerusform>
            <numerusform>%1 has %n problems; no device certificate was deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>A serial number to delete (repeat the option or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --serial or --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--serial needs at least one serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has no device certificate with serial number(s) %2; nothing was deleted.</source>
        <extracomment>%1 is a CA name, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>The CA &apos;%1&apos; has no device certificate with serial number %2; nothing was deleted.</numerusform>
            <numerusform>The CA &apos;%1&apos; has no device certificate with serial numbers %2; nothing was deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of the CA &apos;%1&apos; from the workspace? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Delete %n device certificate of the CA &apos;%1&apos; from the workspace? This cannot be undone.</numerusform>
            <numerusform>Delete %n device certificates of the CA &apos;%1&apos; from the workspace? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete device certificates of the CA &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) of the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Deleted %n device certificate of the CA &apos;%1&apos;.</numerusform>
            <numerusform>Deleted %n device certificates of the CA &apos;%1&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deletes device certificates from the workspace, or with --account on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates device certificates on a platform account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates device certificates on a platform account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the device certificates a platform knows for a CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes them on this platform account instead; the workspace keeps them, marked Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes device certificates from the workspace (not from a platform), all or none. With --account, deletes them on that platform account instead and marks them Deleted in the workspace. Asks first on a terminal; without one, needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); no device certificate was changed.</source>
        <extracomment>%1 is a file, %n the number of problems</extracomment>
        <translation>
            <numerusform>%1 has %n problem; no device certificate was changed.</numerusform>
            <numerusform>%1 has %n problems; no device certificate was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The CA &apos;%1&apos; has no device certificate with serial number(s) %2; nothing was changed.</source>
        <extracomment>%1 is a CA name, %2 the list of serial numbers, %n how many</extracomment>
        <translation>
            <numerusform>The CA &apos;%1&apos; has no device certificate with serial number %2; nothing was changed.</numerusform>
            <numerusform>The CA &apos;%1&apos; has no device certificate with serial numbers %2; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes what devices need to connect (connection.json, README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device name &apos;%1&apos; is already on line %2</source>
        <extracomment>%1 is a device name, %2 a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <extracomment>%1 is a file, %2 a line number, %3 what is wrong (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names file &apos;%1&apos; lists no device name.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers device certificates on a platform account (Tencent, AWS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then registers the new device certificates on --account (Tencent, AWS: like device register).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account the devices connect to: connection.json and CONNECTION-README.txt are written beside the device files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a key and a certificate for each device, writes them with the profile&apos;s file names, records them in the workspace and writes the association CSV. With --account A, also writes what the devices need to connect to A&apos;s platform; with --register, then registers them on A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--register needs --account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection details: %1</source>
        <extracomment>%1 is a list of files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a new certificate for a device (same or new key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the device certificates of a CA, by serial, with their state: revoked, expired, expiring (within 30 days, or --expiring days) or valid; then what the platform said at the last sync (platform:STATE), or DIFFERS:STATE where the workspace and the platform disagree; last &apos;superseded&apos; where a newer, unrevoked certificate of the same device (a re-issue) replaced it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--archive holds the files and the CSV: give neither --out nor --csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes one ZIP archive instead of --out and --csv: every device&apos;s files, the association CSV and SHA256SUMS. All or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--account writes files beside the device files: it cannot be combined with --archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceConnectionCommand</name>
    <message>
        <source>The CA whose devices connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for connection.json and CONNECTION-README.txt (e.g. beside the device files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes what a device needs to connect to the account&apos;s platform with a certificate of the CA: broker host and port, the server chain to trust, client id and user name rules, each with its source. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the connection details to &apos;%1&apos;:</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceConnectionDetails</name>
    <message>
        <source>not stated by the platform&apos;s documents used here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with the device certificate (mutual authentication); China (Shanghai) only. On the first connection the platform sends the device its ProductKey and DeviceName on /ext/auth/identity/response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform&apos;s root certificate, http://aliyun-iot.oss-cn-hangzhou.aliyuncs.com/cert_pub/root.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clientId|securemode=2,signmethod=hmacsha1,timestamp=…| (clientId: the MAC or serial number recommended, at most 64 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviceName&amp;ProductKey (empty strings on the first connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (not checked with X.509)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.2 with the device certificate (Enterprise Platinum Edition). The TLS port is %1. In a VPC: &lt;InstanceId&gt;-internal-vpc.mqtt.aliyuncs.com. The broker registers the device certificate on its first connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA of the server certificate the instance uses (you host it in Certificate Management Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GroupID@@@DeviceID; the Group ID starts with GID_ or GID- and has 7 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS with the device certificate (certificate authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProductID followed directly by DeviceName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is the account&apos;s iot:Data-ATS endpoint (aws iot describe-endpoint --endpoint-type iot:Data-ATS). MQTT with an X.509 client certificate: port 8883, or 443 with the ALPN protocol x-amzn-mqtt-ca. TLS 1.2 or 1.3, with SNI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Amazon Trust Services root CA (the ATS endpoint&apos;s chain is cross-signed by Starfield), https://www.amazontrust.com/repository/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the certificate authenticates the device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting a device to %1 with a certificate of this CA</source>
        <extracomment>%1 is a platform name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker: %1, port %2</source>
        <extracomment>%1 is a host name, %2 a port number or &quot;not stated ...&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate to trust: %1</source>
        <extracomment>%1 describes a CA certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device presents its certificate and key; its CA is %1 (serial %2), in connection.json.</source>
        <extracomment>%1 is a distinguished name, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceJobRunner</name>
    <message numerus="yes">
        <source>Issued %n device certificate(s) for the product &apos;%1&apos; from the CA &apos;%2&apos; into &apos;%3&apos; in %4 s.</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a folder, %4 seconds</extracomment>
        <translation>
            <numerusform>Issued %n device certificate for the product &apos;%1&apos; from the CA &apos;%2&apos; into &apos;%3&apos; in %4 s.</numerusform>
            <numerusform>Issued %n device certificates for the product &apos;%1&apos; from the CA &apos;%2&apos; into &apos;%3&apos; in %4 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Association CSV: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %n device certificate(s) for the product &apos;%1&apos; from the CA &apos;%2&apos; into the archive &apos;%3&apos; in %4 s.</source>
        <extracomment>%n devices, %1 a product, %2 a CA name, %3 a file, %4 seconds</extracomment>
        <translation>
            <numerusform>Issued %n device certificate for the product &apos;%1&apos; from the CA &apos;%2&apos; into the archive &apos;%3&apos; in %4 s.</numerusform>
            <numerusform>Issued %n device certificates for the product &apos;%1&apos; from the CA &apos;%2&apos; into the archive &apos;%3&apos; in %4 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceNameRules</name>
    <message>
        <source>The device name &apos;%1&apos; must be 4 to 32 characters long.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; may only contain letters, digits and _ @ . : -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product &apos;%1&apos; must be 1 to 64 letters, digits and _ @ . : - characters.</source>
        <extracomment>%1 is a product key (Alibaba) or product ID (Tencent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device names were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceProfile</name>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts RSA device keys only, not %2.</source>
        <extracomment>%1 is a platform, %2 a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepts only device certificates signed with RSA, but the key of the CA &apos;%2&apos; is %3: use an RSA CA.</source>
        <extracomment>%1 is a platform, %2 the CA&apos;s name (its subject), %3 a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRegisterCommand</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device certificate&apos;s serial number (repeat the option or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register them inactive (AWS IoT; default: active).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers device certificates of a registered CA on a platform account (Tencent Cloud IoT Hub: CreateDevice with the certificate; AWS IoT Core: RegisterCertificate with the CA). Safe to run again: a device certificate already on the platform is recorded, not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the device certificates with exactly one of --serial, --csv or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %3 already there.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates registered, %3 how many were already there</extracomment>
        <translation>
            <numerusform>Registered %n device certificate of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %3 already there.</numerusform>
            <numerusform>Registered %n device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %3 already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a serial number, %2 why it was not registered</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(error code: %1)</source>
        <extracomment>Appended to a refused serial&apos;s line; %1 is the platform&apos;s error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device certificate(s) were not registered; the workspace records only what the platform holds.</source>
        <extracomment>%n is the number of device certificates not registered</extracomment>
        <translation>
            <numerusform>%n device certificate was not registered; the workspace records only what the platform holds.</numerusform>
            <numerusform>%n device certificates were not registered; the workspace records only what the platform holds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every device&apos;s current certificate (not revoked, not superseded by a re-issue).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRegistrationPrecheck</name>
    <message>
        <source>The account &apos;%1&apos; names an unknown platform.</source>
        <extracomment>%1 is a platform id stored with an account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is not registered with the platform account &apos;%2&apos;; register it first.</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceReissue</name>
    <message>
        <source>The validity must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; has no device certificate with the serial %2.</source>
        <extracomment>%1 is a CA name, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 of the device &apos;%2&apos; was already re-issued; its newest certificate is %3. Re-issue that one.</source>
        <extracomment>%1 and %3 are serial numbers, %2 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 was revoked because its key was compromised; a re-issue for the same key would certify that key again. Re-issue it with a new key.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is revoked already; re-issue it without revoking it again.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 is for a %2 key, which is not issued for any more; re-issue it with a new key.</source>
        <extracomment>%1 is a serial number, %2 a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder &apos;%1&apos; is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; already exists; choose another folder or move it away.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot re-issue the certificate of the device &apos;%1&apos;: %2</source>
        <extracomment>%1 is a device name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceReissueCommand</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number of the certificate to re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new certificate (and key); its files must not exist yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a new key pair for the device (default: the same public key; the device keeps its key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s type (with --new-key; default: the old key&apos;s type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also revokes the old certificate (reason superseded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File names and key format: %1 (default generic).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a new certificate for the device of a certificate: the same subject, a new serial and validity, for the same public key (or with --new-key a new key, written like &apos;device issue&apos; writes keys). The old certificate stays valid until it expires or is revoked; the new one supersedes it as the device&apos;s current certificate. --revoke-old revokes the old one too (reason superseded); it asks first on a terminal and, without one, needs --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key goes with --new-key: the same key keeps its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown profile &apos;%1&apos;; use one of %2.</source>
        <extracomment>%1 is what the user typed, %2 the list of profiles</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue the certificate of the device &apos;%2&apos; and revoke the old certificate %1 (reason superseded)? A device still using it is refused once the CA&apos;s next CRL is published.</source>
        <extracomment>%1 is a serial number, %2 a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was re-issued or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to revoke the old certificate without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issued %1: the certificate %2 supersedes %3.</source>
        <extracomment>%1 is product/device, %2 the new serial number, %3 the old one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New key: %1</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same key: the device keeps its private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked %1 (superseded); publish a new CRL (iotca ca crl --ca &quot;%2&quot;).</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stays valid until it expires or is revoked (iotca device revoke --ca &quot;%2&quot; --serial %1 --reason superseded).</source>
        <extracomment>%1 is a serial number, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRemoteId</name>
    <message>
        <source>The device certificate %2 of &apos;%1&apos; names no Tencent product, and the account has no default product.</source>
        <extracomment>%1 is a device name, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform manages device certificates only in its console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded device certificate %1 lacks what %2 identifies it by.</source>
        <extracomment>%1 is a serial number, %2 a platform name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace has no AWS IoT certificate id for the device certificate %1: it was not registered from this workspace. Register it here (device register) to record it.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogPrompter</name>
    <message>
        <source>IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistinguishedName</name>
    <message>
        <source>The name attribute &apos;%1&apos; is unknown; use CN, O, OU, C, ST, L, serialNumber, emailAddress, DC, UID or another standard attribute.</source>
        <extracomment>%1 is an attribute type the user wrote, such as &quot;XY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name attribute %1 has an empty value.</source>
        <extracomment>%1 is an attribute type such as CN</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name attribute %1 contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country (C) must be a two-letter ISO 3166 code such as CN or US, not &apos;%1&apos;.</source>
        <extracomment>%1 is the value the user wrote</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name attribute %1 may have at most %2 characters (RFC 5280); it has %3.</source>
        <extracomment>%1 is an attribute type, %2 the allowed length, %3 the actual length</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name attribute %1 may only contain letters, digits, spaces and &apos; ( ) + , - . / : = ?; &apos;%2&apos; is not allowed.</source>
        <extracomment>%1 is an attribute type, %2 the offending character</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hexadecimal (#...) values are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends with a lone backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its escaped bytes are not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is empty; give at least a Common Name (CN=...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name part &apos;%1&apos; is not of the form TYPE=value.</source>
        <extracomment>%1 is a piece of the name the user wrote</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the name attribute %1 is invalid: %2.</source>
        <extracomment>%1 is an attribute type such as CN, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorCredentialsParser</name>
    <message>
        <source>The credentials file &apos;%1&apos; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credentials entry is not of the form ID:SECRET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials were given to the emulator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorMain</name>
    <message>
        <source>Local emulator of the ApsaraMQ for MQTT, Tencent Cloud IoT Hub and AWS IoT Core CA APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = a free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server private key (PEM, unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --tls-cert: write the throwaway CA certificate clients must trust to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted credentials: ID:SECRET[,ID:SECRET...] or @FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the first COUNT API requests with HTTP 503.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the first API request only after MS milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key must both name readable PEM files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate could not be written to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the emulated platforms&apos; state in FILE (JSON): loaded at start, saved after every change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorServer</name>
    <message>
        <source>The emulator cannot listen on 127.0.0.1 port %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmulatorStateFile</name>
    <message>
        <source>The file is not an emulator state file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator state file has version %1, which this build cannot read.</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the emulator state file &apos;%1&apos; cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator state file &apos;%1&apos; cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryFilter</name>
    <message>
        <source>Lists only what expires within &lt;days&gt; days, or has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expiring needs a whole number of days from 0 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSetWriter</name>
    <message>
        <source>The file &apos;%1&apos; could not be written.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written. Choose an empty folder.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>The %1 &apos;%2&apos; is a named pipe (FIFO), not a regular file.</source>
        <extracomment>%1 is a kind of file (&quot;certificate file&quot;), %2 a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a device, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a socket, not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than %3; it cannot be what is expected here.</source>
        <extracomment>%1 is a kind of file, %2 a path, %3 a size limit (&quot;1 MiB&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is larger than %3 (%4); it cannot be what is expected here.</source>
        <extracomment>%1 is a kind of file, %2 a path, %3 a size limit (&quot;1 MiB&quot;), %4 the file&apos;s size</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; does not exist.</source>
        <extracomment>%1 is a kind of file, %2 a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 &apos;%2&apos;: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is a link to something that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is empty.</source>
        <extracomment>%1 is a kind of file, %2 a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputKinds</name>
    <message>
        <source>certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <extracomment>Size in gibibytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key share file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key backup description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceremony script</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuanceIntents</name>
    <message>
        <source>Could not record the devices about to be issued in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the devices about to be issued in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the devices about to be issued from the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the issuing job as running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the certificate of the device &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is a device name, %2 a number of attempts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the serial numbers reserved for the devices about to be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the certificate of the CA &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is the name of a CA, %2 a number of attempts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find an unused serial number for the verification certificate for &apos;%1&apos; in %2 attempts; nothing was signed.</source>
        <extracomment>%1 is a registration code, %2 a number of attempts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the issuing job as finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuanceRecovery</name>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <extracomment>%1 is a file, %2 why it was left as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed by the CA the issue was for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device is recorded with another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its serial number is recorded for another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An interrupted bulk issue had signed %n certificate(s) that the workspace did not record; they are recorded now (first: &apos;%1&apos;).</source>
        <extracomment>%n certificates, %1 the first certificate file</extracomment>
        <translation>
            <numerusform>An interrupted bulk issue had signed %n certificate that the workspace did not record; they are recorded now (first: &apos;%1&apos;).</numerusform>
            <numerusform>An interrupted bulk issue had signed %n certificates that the workspace did not record; they are recorded now (first: &apos;%1&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>An interrupted bulk issue left %n file(s) that hold no recordable certificate (keys without a certificate, unreadable or temporary files); they were removed (first: &apos;%1&apos;).</source>
        <extracomment>%n files, %1 the first of them</extracomment>
        <translation>
            <numerusform>An interrupted bulk issue left %n file that hold no recordable certificate (keys without a certificate, unreadable or temporary files); they were removed (first: &apos;%1&apos;).</numerusform>
            <numerusform>An interrupted bulk issue left %n files that hold no recordable certificate (keys without a certificate, unreadable or temporary files); they were removed (first: &apos;%1&apos;).</numerusform>
        </translation>
    </message>
    <message>
        <source>An interrupted bulk issue left %1; it was not changed, check it.</source>
        <extracomment>%1 is a file and the reason it was left as it is</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more file(s) were left as they are; the audit log names them.</source>
        <translation>
            <numerusform>%n more file were left as they are; the audit log names them.</numerusform>
            <numerusform>%n more files were left as they are; the audit log names them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) of CA %3</source>
        <extracomment>%1 is a serial number, %2 the kind of certificate (&quot;ca&quot;, &quot;verification&quot;), %3 a CA id</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyAlgorithm</name>
    <message>
        <source>RSA %1-bit</source>
        <extracomment>%1 is a number of bits such as 2048</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA %1</source>
        <extracomment>%1 is a curve name such as P-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupFolder</name>
    <message>
        <source>&apos;%1&apos; is not the description of a key backup made by this program.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; describes its shares incompletely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a key backup: it has no &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an encrypted private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 what is wrong (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupReadme</name>
    <message>
        <source>IoT CA Desk: backup of a CA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA:                     %1</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:                %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:                    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made:                   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:             split into %2 shares, any %1 of which restore it (share set %3); the shares are kept apart from this medium.</source>
        <extracomment>%1 is the number of shares needed, %2 the number of shares, %3 the share set id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:             chosen at backup time; kept by the officer, not in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the CA private key, encrypted PKCS#8 (AES-256-CBC; the key from the passphrase by PBKDF2-HMAC-SHA256, 600,000 iterations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  what this file says, for programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  recombines the shares into the passphrase (Python 3, standard library only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore with IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Bring %1 shares (their text files, or type their lines when asked):</source>
        <extracomment>%1 is the number of shares needed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore without IoT CA Desk (Python 3 and OpenSSL 1.1.1 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1. Recombine the passphrase from %1 shares (files, or type the lines when no file is given):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1. Write the passphrase into the first line of passphrase.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  2. Check that the passphrase opens the key and that the key belongs to the certificate: the two lines printed must be equal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  3. Use the key where it is needed, for example re-encrypted under a new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  4. Destroy passphrase.txt (shred -u passphrase.txt) and keep the key offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share format and its arithmetic (Shamir&apos;s scheme over GF(2^8) with the AES polynomial x^8+x^4+x^3+x+1) are described in recombine_shares.py and in IoT CA Desk&apos;s docs/ceremony.md, section &quot;Key custody&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBackupWriter</name>
    <message>
        <source>Name the folder the backup goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shares is not possible: use 2 &lt;= M &lt;= N &lt;= %3.</source>
        <extracomment>%1 shares needed, %2 shares made, %3 the largest number of shares</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the folder the shares go to; it must not be the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares (&apos;%2&apos;) must not be written into or around the backup folder (&apos;%1&apos;): whoever holds the backup medium must not hold the shares too.</source>
        <extracomment>%1 and %2 are folders</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written. Choose an empty folder.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup needs either shares or a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not belong to the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>The CA whose key is backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (meant for removable media); created owner-only when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts under a fresh random passphrase split into N shares of which any M restore it (2 &lt;= M &lt;= N &lt;= 16), e.g. 3/5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M/N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --shares: the folder for the share sheets (shares.pdf, share-K-of-N.txt); not the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts under the officer&apos;s passphrase, the first line of &lt;file&gt; (else asked on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypts under a fresh random passphrase and prints it once, to be written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt; (else the keychain, else a prompt on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs a CA&apos;s private key up to a folder: encrypted PKCS#8 (AES-256-CBC, PBKDF2), the CA certificate and a README that says how to restore without this program. With --shares the passphrase is fresh, random and split into printed shares; else it is the officer&apos;s (--backup-passphrase-file or the terminal) or, with --show-passphrase, fresh and shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give only one of --shares, --backup-passphrase-file and --show-passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shares-out goes with --shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shares takes M/N, for example 3/5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the backup of &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is split into %4 shares of the set %2, any %3 of which restore it; the share sheets are in &apos;%1&apos; (shares.pdf, share-K-of-N.txt). Print them, hand each to its custodian, then delete that folder: it must not stay next to the backup.</source>
        <extracomment>%1 is a folder, %2 the share set id, %3 shares needed, %4 shares made</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup (shown this once; write it down and keep it apart from the backup):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up and restores CA private keys (key custody).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs a CA&apos;s private key up to a folder, encrypted; the passphrase optionally split into shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a CA&apos;s private key from a backup folder and its shares or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder written by &apos;key backup&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA to restore the key into; made from the backup&apos;s certificate when the workspace has no CA of this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A share file (share-K-of-N.txt, or a text file of share lines); repeat it for each share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the shares from standard input: typed line by line on a terminal (each line checked as it is entered), or piped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a backup without shares: its passphrase, the first line of &lt;file&gt; (else asked on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the key the CA has in the workspace already (the same key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase the key is stored under in the workspace, from the first line of &lt;file&gt; (else asked twice on the terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restores a CA&apos;s private key from a backup folder: recombines the shares (or takes the backup&apos;s passphrase), decrypts the key and proves it belongs to the CA certificate before anything is written, then stores it encrypted under a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the shares either as files (--share) or on standard input, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s passphrase is split into shares: give them with --share or --shares-from-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This backup needs %n shares of the set %1: give them with --share FILE (repeated) or --shares-from-stdin.</source>
        <extracomment>%n is the number of shares needed, %1 the share set id</extracomment>
        <translation>
            <numerusform>This backup needs %n share of the set %1: give them with --share FILE (repeated) or --shares-from-stdin.</numerusform>
            <numerusform>This backup needs %n shares of the set %1: give them with --share FILE (repeated) or --shares-from-stdin.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup&apos;s passphrase was chosen by the officer and is not split into shares: give it with --backup-passphrase-file or on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the backup in &apos;%1&apos;:</source>
        <extracomment>Prompt on the terminal; %1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for the CA &apos;%1&apos; in this workspace:</source>
        <extracomment>Prompt on the terminal; %1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the key of &apos;%1&apos; (%2) from &apos;%3&apos;; it matches the CA certificate and is stored encrypted under the new passphrase.</source>
        <extracomment>%1 is a CA name, %2 its subject, %3 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyShareCode</name>
    <message>
        <source>The share cannot be written in the share format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is labelled as line %2.</source>
        <extracomment>%1 and %2 are line numbers of a share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has the digit &apos;%2&apos;, which shares never use (letters A-Z and digits 2-7 only): did you mean the letter O, I or B?</source>
        <extracomment>%1 is a line number, %2 a digit the user typed (0, 1, 8 or 9)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 has the character &apos;%2&apos;; shares use only the letters A-Z and the digits 2-7.</source>
        <extracomment>%1 is a line number, %2 a character</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Line %1 has %n letters; each line has %2.</source>
        <extracomment>%1 is a line number, %n the number of letters typed, %2 the number expected (16)</extracomment>
        <translation>
            <numerusform>Line %1 has %n letter; each line has %2.</numerusform>
            <numerusform>Line %1 has %n letters; each line has %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1 does not match its check letters: a letter in this line was mistyped.</source>
        <extracomment>%1 is a line number of a share</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a key share of a format this program reads (iotca-share-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This share has %n lines.</source>
        <extracomment>%n is a number of lines</extracomment>
        <translation>
            <numerusform>This share has %n line.</numerusform>
            <numerusform>This share has %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lines of this share do not belong together: every line is typed correctly, but one of them belongs to another share. Check the order of the lines and that they all come from the same sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This share&apos;s numbers are out of range (%1 of %2, %3 needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is not the first line of a key share of a format this program reads (iotca-share-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This share has %n lines, but %1 were given.</source>
        <extracomment>%n is the number of lines a share has, %1 the number given</extracomment>
        <translation>
            <numerusform>This share has %n line, but %1 were given.</numerusform>
            <numerusform>This share has %n lines, but %1 were given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyShareSet</name>
    <message>
        <source>No shares were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares come from different sets: share %3 belongs to set %1, share %4 to set %2. Use shares of one set only.</source>
        <extracomment>%1 and %2 are share set ids (&quot;3F9A-0C2B&quot;); %3 and %4 share numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares of set %1 disagree on how many shares there are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 was given twice.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the shares of set %2 were given, but %n are needed to restore the key.</source>
        <extracomment>%n is the number of shares needed, %1 the number given, %2 the set id</extracomment>
        <translation>
            <numerusform>%1 of the shares of set %2 were given, but %n is needed to restore the key.</numerusform>
            <numerusform>%1 of the shares of set %2 were given, but %n are needed to restore the key.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyShareText</name>
    <message>
        <source>Share %2 in &apos;%1&apos;: %3</source>
        <extracomment>%1 is a file or &quot;standard input&quot;, %2 the position of a share in it, %3 what is wrong (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2</source>
        <extracomment>%1 is a file or &quot;standard input&quot;, %2 what is wrong (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT CA Desk: CA key backup, passphrase share %1 of %2 (%3 shares are needed to restore)</source>
        <extracomment>%1 is the share number, %2 the number of shares, %3 how many are needed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this share secret, apart from the backup medium and from the other shares. To restore, give %1 shares of this set to `iotca key restore` (as files, or typed: case, spaces and hyphens do not matter), or recombine them without this program as docs/ceremony.md (&quot;Key custody&quot;) and the backup&apos;s README.txt describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1 is not the first line of a key share of a format this program reads (iotca-share-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last share ends after %1 of its %n lines.</source>
        <extracomment>%1 is the number of lines found, %n the number of lines the share has</extracomment>
        <translation>
            <numerusform>The last share ends after %1 of its %n line.</numerusform>
            <numerusform>The last share ends after %1 of its %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no key share.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>ManualRegistration</name>
    <message>
        <source>The platform holds another certificate as &apos;%1&apos; than that of the CA &apos;%2&apos;; nothing was recorded.</source>
        <extracomment>%1 is the platform&apos;s id of a CA, %2 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform reports &apos;%1&apos; with the serial number %2, not that of the CA &apos;%3&apos; (%4); nothing was recorded.</source>
        <extracomment>%1 is the platform&apos;s id of a CA, %2 its serial number as the platform reports it, %3 a CA name, %4 its serial</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; is already recorded as registered with the platform account &apos;%2&apos; (as &apos;%3&apos;).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s id of the CA is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkRegisteredCommand</name>
    <message>
        <source>The platform account &apos;%1&apos; has no CA &apos;%2&apos;; nothing was recorded.</source>
        <extracomment>%1 is an account name, %2 the platform&apos;s id of a CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s id of the CA (AWS certificateId, ApsaraMQ Sn, Tencent CertName, Alibaba IoT CA id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not ask the platform: records the registration as unconfirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records a registration done by hand in a platform&apos;s console. The platform is asked first and the registration recorded as it reports it (refused when it reports another certificate or none). With --offline, or for alibaba-iot (no CA API), it is recorded as unconfirmed until `ca sync` finds it on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded the CA &apos;%1&apos; as registered with the platform account &apos;%2&apos; as &apos;%3&apos;, UNCONFIRMED: the platform was not asked. `iotca ca sync` confirms it once the platform can be reached.</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass --offline to record the registration as unconfirmed instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform confirms it: recorded the CA &apos;%1&apos; as registered with the platform account &apos;%2&apos; as &apos;%3&apos; (%4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineBundleCommand</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is fetched from %1 for an upload bundle (--out): pass the registration code it gave you with --code.</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: pass it with --code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API for CA certificates: give --out DIR for the console&apos;s upload bundle.</source>
        <extracomment>%1 is &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the upload bundle of the CA &apos;%1&apos; to &apos;%2&apos;. Finish the registration with %3 on a connected machine as %4 describes; nothing was sent or recorded.</source>
        <extracomment>%1 is a CA name, %2 a folder, %3 a platform such as &quot;AWS IoT Core&quot;, %4 the README file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the upload bundle of the CA &apos;%1&apos; to &apos;%2&apos;. Register it in the %3 console as %4 describes; nothing was sent or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineCaOutput</name>
    <message>
        <source>Pending registration: %1, code %2 (verification certificate from a transfer bundle; `ca register` uploads it)</source>
        <extracomment>%1 a platform id, %2 a registration code; the verification certificate came in a transfer bundle</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNCONFIRMED registration: account &apos;%1&apos; as &apos;%2&apos;, recorded by hand on %3; the platform has not confirmed it (`ca sync`)</source>
        <extracomment>%1 an account name, %2 the platform&apos;s id of the CA, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineRegistrationBundleWriter</name>
    <message>
        <source>The verification certificate could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate and its private key are needed for the verification certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s key (%1) is not one the platforms accept.</source>
        <extracomment>%1 is a key description such as &quot;RSA 1024-bit&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no association CSV: device certificates reach it another way.</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No output folder was given for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate cannot be recorded: no workspace was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineRegistrationReadme</name>
    <message>
        <source>Files in this folder (no private key is among them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the CA certificate: subject %2, serial number %3, SHA-256 %4</source>
        <extracomment>%1 is a file name, %2 a distinguished name, %3 a serial number, %4 a fingerprint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  the verification certificate: Common Name = registration code %2, signed by the CA key, valid until %3</source>
        <extracomment>%1 is a file name, %2 the registration code, %3 a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1  %n device association(s) (ProductKey,DeviceName,CertSN) of the product %2</source>
        <extracomment>%1 is a file name, %n the number of rows, %2 a product key</extracomment>
        <translation>
            <numerusform>  %1  %n device association (ProductKey,DeviceName,CertSN) of the product %2</numerusform>
            <numerusform>  %1  %n device associations (ProductKey,DeviceName,CertSN) of the product %2</numerusform>
        </translation>
    </message>
    <message>
        <source>In the IoT Platform console (region China (Shanghai), the only one with X.509 device authentication):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open Devices &gt; CA Certificates and click Register CA Certificate. The dialog shows a registration code; it must be %1. If it shows another code, make a new bundle for that code.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the CA name %1 (4 to 30 letters, digits or &apos;_&apos;).</source>
        <extracomment>%1 is the CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Upload %1 as the CA certificate and %2 as the verification certificate, and confirm.</source>
        <extracomment>%1 and %2 are file names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. The devices&apos; product must use the authentication mode X.509 Certificate with Use Private CA Certificate set to Yes. Only directly connected MQTT devices with RSA device certificates can use a private CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Open the CA&apos;s details &gt; Device Association &gt; Associate Certificate to Devices, upload each association file (at most 10,000 rows of one product per file) and click Save. Download the console&apos;s .csv template once to check that its header still reads ProductKey,DeviceName,CertSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Alibaba Cloud account can register at most 10 CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;your instance ID, e.g. post-cn-xxxx&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT registers CA certificates through its OpenAPI (product OnsMqtt, version 2020-04-20). On a connected machine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The registration code must be the one GetRegisterCode (MqttInstanceId = %2) returned: %1. A code is used once (RegisterCodeUsed); for a new code, make a new bundle.</source>
        <extracomment>%1 is the registration code, %2 an instance ID</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Call RegisterCaCertificate on %1 with:</source>
        <extracomment>%1 is a host name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the content of %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   The answer&apos;s Sn is the CA&apos;s serial number on the platform. The CA is active by default after registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Errors to expect: RegisterCodeError (the verification certificate does not carry the code), RegisterCodeUsed, CaNumExceed (too many CA certificates), SnNotUnique (the CA&apos;s serial number is registered already), CertificateContentError.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits and notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- The CA certificate APIs are for Enterprise Platinum Edition instances (the Chinese documentation: Platinum and Professional); device certificate authentication needs Platinum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- CA certificates (RSA or ECC) must have basicConstraints CA:TRUE; the CA&apos;s serial number must be unique and at most 128 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Device certificates are not uploaded: the broker registers each one on its device&apos;s first connection. Deleting the CA deletes the device certificates it issued that the broker registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub: finish in its console or through its API (service iotcloud, version 2021-04-08), on a connected machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate was made for the Authentication Code (证书验证码) %1 that the console showed. If it shows another code now, make a new bundle for that code.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: on the CA certificate page, upload %2 as the CA certificate and %3 as the verification certificate under the name %1 (the console takes .cer, .crt and .pem files).</source>
        <extracomment>%1 is a CA name, %2 and %3 file names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: CreatePrivateCA on %1 (X-TC-Region: %2) with:</source>
        <extracomment>%1 is a host name, %2 a region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Errors to expect: InvalidParameterValue.CACertNotMatch (the verification certificate does not match the CA), LimitExceeded.CACertLimit, LimitExceeded.CACertNameRepeat, LimitExceeded.CARepeat (the CA is uploaded already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then bind the CA to the product whose devices it signs: UpdateProductPrivateCA with ProductId and CertName = %1 (Chinese site), or choose the CA certificate when creating the product in the console. The product must use certificate authentication.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- An account can upload at most 10 CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- CA certificate name: up to 32 letters, digits, &apos;_&apos;, &apos;-&apos; or &apos;@&apos; (the Chinese console also allows &apos;(&apos;, &apos;)&apos; and Chinese characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Device certificates are given with the device: CreateDevice with TlsCrt. A CA bound to a product cannot be deleted (LimitExceeded.CAAlreadyBindProduct).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT Core registers CA certificates through its API (service iot, version 2015-05-28, endpoint %1). On a connected machine:</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The registration code must be the account&apos;s code in this Region, as GetRegistrationCode returns it (it stays the same until DeleteRegistrationCode): %1.</source>
        <extracomment>%1 is the registration code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Call RegisterCACertificate (POST /cacertificate?setAsActive=true) with the JSON body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   The answer&apos;s certificateId and certificateArn identify the CA; setAsActive=true makes it ACTIVE at once (else UpdateCACertificate with newStatus=ACTIVE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Errors to expect: RegistrationCodeValidationException, CertificateValidationException, ResourceAlreadyExistsException, LimitExceededException.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- There is no limit to the number of CA certificates per account, but at most 10 with the same subject field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- In DEFAULT mode a CA certificate can be registered by only one account in a Region. SNI_ONLY mode allows several accounts but takes no verification certificate: this bundle is for DEFAULT mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Device certificates are registered with RegisterCertificate (certificatePem, caCertificatePem, status).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registering the CA certificate %2</source>
        <extracomment>%1 is a platform, %2 a distinguished name (AWS IoT Core gives CAs no name)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registering the CA certificate &apos;%2&apos;</source>
        <extracomment>%1 is a platform, %2 the CA&apos;s name on it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by IoT CA Desk on %1 (UTC). Nothing was sent to the platform.</source>
        <extracomment>%1 is a date and time in UTC</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back online, IoT CA Desk&apos;s CA &gt; Register with Platform (or iotca ca register) makes this call itself and records the registration in the workspace. A registration finished from this bundle is not recorded there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- The documentation states no number of CA certificates per instance: when there are too many, the platform answers CaNumExceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- The registration code is the verification certificate&apos;s Common Name, as the ApsaraMQ documentation says (&quot;Replace the value of the CommonName parameter with the registration code&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- The Authentication Code is the verification certificate&apos;s Common Name, as the Tencent documentation says (&quot;paste it as the value of the Common Name field&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenSslConversions</name>
    <message>
        <source>Could not allocate a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name attribute %1=%2 cannot be encoded.</source>
        <extracomment>%1 is an attribute type such as CN, %2 its value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA %1-bit</source>
        <extracomment>%1 is a number of bits such as 2048</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explicit parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA %1</source>
        <extracomment>%1 is a curve name such as P-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key</source>
        <extracomment>%1 is OpenSSL&apos;s key type name, such as ED25519</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an RSA key of only %2 bits; at least 2048 bits are required.</source>
        <extracomment>%1 names the key&apos;s owner (&quot;The key&quot;), %2 a number of bits</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an RSA key of %2 bits, more than the supported 16384.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the elliptic curve %2; only P-256 and P-384 are supported.</source>
        <extracomment>%1 names the key&apos;s owner, %2 a curve name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 key; only RSA (2048 bits or more) and ECDSA P-256 or P-384 keys are supported.</source>
        <extracomment>%1 names the key&apos;s owner, %2 a key type such as ED25519</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate the subject alternative names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject alternative name &quot;%1&quot; is invalid: %2</source>
        <extracomment>%1 is an entry such as &quot;DNS:example.com&quot;, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as DNS:name, IP:address, email:address or URI:uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not allocate a subject alternative name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; is not one of DNS, IP, email, URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only printable ASCII characters without spaces are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2.</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerOnlyDirectory</name>
    <message>
        <source>&apos;%1&apos; is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseSource</name>
    <message>
        <source>No passphrase: there is no terminal to ask on; use --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase:</source>
        <extracomment>Asked on the terminal after a new passphrase was typed once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the passphrase file &apos;%1&apos; is empty.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PemReader</name>
    <message>
        <source>The file for %1 is empty.</source>
        <extracomment>%1 is what was expected, e.g. &quot;the private key&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for %1 is not in PEM format: it has no &quot;-----BEGIN&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; ends with &quot;%2&quot; on line %3.</source>
        <extracomment>%1 and %2 are PEM labels such as &quot;CERTIFICATE&quot;, %3 a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is damaged: its base64 text does not decode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is cut off: it has no &quot;-----END&quot; line before the next block begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PEM block &quot;%1&quot; starting on line %2 is cut off: the file ends before its &quot;-----END&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for %1 contains no complete PEM block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingRegistrationRepository</name>
    <message>
        <source>Could not read the pending registrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the pending registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record that the pending registration was uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingVerification</name>
    <message>
        <source>The private key of the CA &apos;%1&apos; is not in this workspace (%2), and no transfer bundle brought a verification certificate for %3 that is not used yet. Make one on the machine that holds the key (`iotca bundle export --registration-code CODE --platform %3`) and import it.</source>
        <extracomment>%1 is a CA name, %2 where its key is kept, %3 a platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate of the CA &apos;%1&apos; from its transfer bundle was made for the registration code &apos;%2&apos;; --code names another.</source>
        <extracomment>%1 is a CA name, %2 a registration code</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs12</name>
    <message>
        <source>A PKCS#12 bundle needs a certificate and its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect a PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 passphrase cannot contain a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PKCS#12 bundle needs at least 10,000 key derivation iterations, not %1.</source>
        <extracomment>%1 is a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key does not match the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is the certificate&apos;s subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not protect the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the PKCS#12 bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a PKCS#12 bundle, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the PKCS#12 bundle is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 bundle cannot be decrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 bundle holds no private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#12 bundle holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformAccountRepository</name>
    <message>
        <source>A platform account needs a name and a platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a platform account named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the platform account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the platform account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform account with id %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the platform account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the platform account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the platform account &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the platform accounts of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformAccountService</name>
    <message>
        <source>A platform account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform account name has at most %1 characters and no control characters.</source>
        <extracomment>%1 is the maximum number of characters</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a platform IoT CA Desk knows; use apsaramq, tencent-iothub, aws-iot or alibaba-iot.</source>
        <extracomment>%1 is what was given as the platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a region id (such as cn-hangzhou, ap-guangzhou or us-east-1).</source>
        <extracomment>%1 is what was given as the region</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ApsaraMQ for MQTT account needs its instance id: the CA certificates are bound to an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance id and the product contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is not an https:// URL of a host (such as https://127.0.0.1:8443).</source>
        <extracomment>%1 is what was given as the endpoint</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle &apos;%1&apos; contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform account needs both an AccessKey ID and its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AccessKey ID contains spaces or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a platform account named &apos;%1&apos; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; was removed, but its keychain entry &apos;%2&apos; could not be: remove it with the system&apos;s keychain tool.</source>
        <extracomment>%1 is an account name, %2 the name of a keychain entry</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform account named &apos;%1&apos; in the workspace &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; has no credentials.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of the platform account &apos;%1&apos; are no longer in the keychain; remove the account and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of the platform account &apos;%1&apos; is not in a format this version reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; of the platform account &apos;%2&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform supports private CA certificates only in China (Shanghai): the region must be %2, not &apos;%1&apos;.</source>
        <extracomment>%1 is the region given, %2 is &quot;cn-shanghai&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformCapabilities</name>
    <message>
        <source>1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 30 letters, digits or &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any name (AWS identifies a CA by its certificate id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 to 32 Chinese characters, letters, digits, &apos;_&apos;, &apos;-&apos;, &apos;@&apos;, &apos;(&apos; or &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformConnector</name>
    <message>
        <source>The CA bundle &apos;%1&apos; contains no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformConnectorFactory</name>
    <message>
        <source>Alibaba Cloud IoT Platform has no API for CA certificates: export the upload bundle and register the CA in the IoT Platform console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformDeviceState</name>
    <message>
        <source>Not read</source>
        <extracomment>What the platform said about a device certificate: nothing read back yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>What the platform said about a device certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <extracomment>What the platform said about a device certificate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on platform</source>
        <extracomment>What the platform said about a device certificate: its list of the CA&apos;s certificates lacks it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another certificate</source>
        <extracomment>What the platform said about a device certificate: it holds a different certificate with this serial</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformId</name>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresLocation</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL workspace URL (postgresql://user@host:port/database).</source>
        <extracomment>%1 is a URL such as postgresql://user@host:5432/database</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace URL must not contain a password: it would end up in the shell history and in logs. Keep the password in the keychain instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreflightChecker</name>
    <message>
        <source>%1 does not offer this operation through its API.</source>
        <extracomment>%1 is a platform name such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA name &apos;%1&apos; is not accepted by %2: use %3.</source>
        <extracomment>%1 is the CA name, %2 the platform, %3 the rule such as &quot;4 to 30 letters, digits or &apos;_&apos;&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA limit reached: this account already has %1 CA certificates.</source>
        <extracomment>%1 is the number of CA certificates already registered (10 or more)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number &apos;%1&apos; is longer than the %2 characters the platform accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 does not accept %1 CA keys.</source>
        <extracomment>%1 a key type such as &quot;ECDSA P-256&quot;, %2 a platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 accepts only RSA device certificates from a private CA, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is active: %1 deletes only inactive CA certificates. Deactivate it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not look like a registration code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <source>Could not generate a %1 key.</source>
        <extracomment>%1 is a key type such as &quot;ECDSA P-256&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is cut off: it should have %2 bytes but has only %3.</source>
        <extracomment>%1 describes the content, e.g. &quot;PKCS#8 private key&quot;; %2 and %3 are byte counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is damaged and cannot be decoded.</source>
        <extracomment>%1 describes the content, e.g. &quot;PKCS#8 private key&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted; its passphrase is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for the private key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key is encrypted with a method that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key file is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted PKCS#8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#8 private key holds a key type that is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#1 RSA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEC1 EC private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot;, which is not supported; use an RSA or EC key in PEM (PKCS#8, PKCS#1 or SEC1) form.</source>
        <extracomment>%1 is a PEM label such as &quot;OPENSSH PRIVATE KEY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a &quot;%1&quot; but no private key.</source>
        <extracomment>%1 is a PEM label such as &quot;CERTIFICATE&quot; or &quot;PUBLIC KEY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file for the private key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a certificate, not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a public key, not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a certificate signing request, not a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is neither a PEM nor a DER private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty passphrase cannot protect a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encode the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make a random salt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the key encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not encrypt the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the encrypted private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateKeyScan</name>
    <message>
        <source>a DER encrypted PKCS #8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DER PKCS #8 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DER PKCS #12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DER private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PEM &apos;%1&apos; block</source>
        <extracomment>%1 is a PEM label such as &quot;EC PRIVATE KEY&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationRecorder</name>
    <message>
        <source>The CA %1 is not registered with the platform account %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationStatus</name>
    <message>
        <source>Activated</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactivated</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <extracomment>Status of a CA registered with a cloud platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberedCaStore</name>
    <message>
        <source>The CA &apos;%1&apos; was not stored, because its passphrase could not be remembered in the system keychain: %2</source>
        <extracomment>%1 is a CA name, %2 the keychain&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteCaCommands</name>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name on the platform (default: its name in the workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CA&apos;s passphrase from the first line of &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows the registration code only in its console: pass it with --code.</source>
        <extracomment>%1 is a platform such as &quot;Tencent Cloud IoT Hub&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the CA &apos;%1&apos; with the platform account &apos;%2&apos; as &apos;%3&apos; (%4).</source>
        <extracomment>%1 is a CA name, %2 an account name, %3 the platform&apos;s id of the CA, %4 a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates a registered CA on the platform; its recorded device certificates that were deactivated with it become Associated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates a registered CA on the platform; its Associated device certificates are deactivated with it (the platform does the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) reactivated.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Activated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate reactivated.</numerusform>
            <numerusform>Activated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificates reactivated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) deactivated.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Deactivated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate deactivated.</numerusform>
            <numerusform>Deactivated the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificates deactivated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the CA &apos;%1&apos; on the platform account &apos;%2&apos;? The platform deletes its device certificates with it. This cannot be undone.</source>
        <extracomment>%1 is a CA name, %2 an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA &apos;%1&apos; was not deleted on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete the CA &apos;%1&apos; on the platform account &apos;%2&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate(s) deleted. The workspace keeps the CA.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Deleted the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificate deleted. The workspace keeps the CA.</numerusform>
            <numerusform>Deleted the CA &apos;%1&apos; on the platform account &apos;%2&apos;; %n device certificates deleted. The workspace keeps the CA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the CA certificates of a platform account as the platform reports them (nothing is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncs only this platform account (default: every account with an API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the CAs of the platform accounts and updates the recorded registrations&apos; statuses; a registration the platform no longer knows is marked Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account name, %2 why syncing it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s) checked, %2 changed, %3 no longer on the platform.</source>
        <extracomment>%1 is an account name, %n registrations checked, %2 changed, %3 no longer on the platform</extracomment>
        <translation>
            <numerusform>%1: %n registration checked, %2 changed, %3 no longer on the platform.</numerusform>
            <numerusform>%1: %n registrations checked, %2 changed, %3 no longer on the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>No platform account with an API to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass --remote-name NAME to register the CA under a name the platform accepts (the workspace keeps its own name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration code (default: fetched from the platform; required for tencent-iothub and alibaba-iot, whose consoles show it, and with --out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends nothing: writes the upload bundle (CA certificate, verification certificate for --code, README with the steps) to &lt;dir&gt; instead. Required for alibaba-iot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registers a CA with a platform account: fetches the registration code (unless --code), makes the verification certificate with the CA&apos;s key, uploads both and records the registration. With --out (offline, e.g. on an air-gapped machine), and always for an alibaba-iot account (no API), writes the upload bundle to finish the registration with instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n CA registration(s) found on the platform and recorded.</source>
        <extracomment>%1 is an account name, %n the number of CAs recorded from the platform</extracomment>
        <translation>
            <numerusform>%1: %n CA registration found on the platform and recorded.</numerusform>
            <numerusform>%1: %n CA registrations found on the platform and recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n device certificate(s) on the platform, %2 changed, %3 no longer on the platform, %4 on the platform but not in the workspace.</source>
        <extracomment>%1 is an account name; %n device certificates the platform lists, %2 changed, %3 gone, %4 unknown</extracomment>
        <translation>
            <numerusform>%1: %n device certificate on the platform, %2 changed, %3 no longer on the platform, %4 on the platform but not in the workspace.</numerusform>
            <numerusform>%1: %n device certificates on the platform, %2 changed, %3 no longer on the platform, %4 on the platform but not in the workspace.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the device certificate %2 differs from the platform (the platform holds another certificate with this serial number); left as it is.</source>
        <extracomment>%1 is an account name, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n registration(s) recorded by hand now confirmed by the platform.</source>
        <extracomment>%1 is an account name, %n the number of registrations recorded by hand</extracomment>
        <translation>
            <numerusform>%1: %n registration recorded by hand now confirmed by the platform.</numerusform>
            <numerusform>%1: %n registrations recorded by hand now confirmed by the platform.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteDeviceCommands</name>
    <message>
        <source>The issuing CA&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a serial number, %2 why the platform refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(error code: %1)</source>
        <extracomment>Appended to a refused serial&apos;s line; %1 is the platform&apos;s error code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform refused %n device certificate(s); the workspace records only the accepted ones.</source>
        <extracomment>%n is the number of device certificates the platform refused</extracomment>
        <translation>
            <numerusform>The platform refused %n device certificate; the workspace records only the accepted ones.</numerusform>
            <numerusform>The platform refused %n device certificates; the workspace records only the accepted ones.</numerusform>
        </translation>
    </message>
    <message>
        <source>A device certificate&apos;s serial number (repeat the option or separate with commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CertSN of every row of this association CSV (each row must match a device certificate of the CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activates device certificates of a CA on a platform account and records them as Associated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivates device certificates of a CA on a platform account and records them as Inactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activated %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Activated %n device certificate of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</numerusform>
            <numerusform>Activated %n device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Deactivated %n device certificate of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</numerusform>
            <numerusform>Deactivated %n device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;? This cannot be undone.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Delete %n device certificate of the CA &apos;%1&apos; on the platform account &apos;%2&apos;? This cannot be undone.</numerusform>
            <numerusform>Delete %n device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos;? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>No device certificate was deleted on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; the workspace keeps them, marked Deleted.</source>
        <extracomment>%1 is a CA name, %2 an account name, %n the number of device certificates</extracomment>
        <translation>
            <numerusform>Deleted %n device certificate of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; the workspace keeps them, marked Deleted.</numerusform>
            <numerusform>Deleted %n device certificates of the CA &apos;%1&apos; on the platform account &apos;%2&apos;; the workspace keeps them, marked Deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the device certificates a platform account knows for a registered CA, as the platform reports them (nothing is recorded).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationRepository</name>
    <message>
        <source>Not hexadecimal serial numbers: %1.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial number to revoke was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not revoke the certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA issued no certificate recorded in this workspace with the serial numbers %1; nothing was revoked.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already revoked: %1; nothing was revoked.</source>
        <extracomment>%1 is a list of serial numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the revocations of the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the CRLs of the CA %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RootCommand</name>
    <message>
        <source>Shows the version of iotca.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IoT CA Desk on the command line: private CAs and device certificates for IoT fleets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>Could not read the workspace database&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the workspace database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not an IoT CA Desk workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; was written by a newer version of IoT CA Desk (schema %2; this version reads up to %3). Update IoT CA Desk to open it.</source>
        <extracomment>%1 is a file, %2 and %3 are schema version numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not upgrade the workspace database to schema version %1.</source>
        <extracomment>%1 is a schema version number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureRandom</name>
    <message>
        <source>The random generator could not deliver %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialNumber</name>
    <message>
        <source>A serial number may have at most 20 bytes; this one has %1.</source>
        <extracomment>%1 is a number of bytes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: misplaced separator.</source>
        <extracomment>%1 is the text the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: &apos;%2&apos; is not a hexadecimal digit.</source>
        <extracomment>%1 is the text the user gave, %2 the offending character</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hexadecimal serial number: it has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too long for a serial number: at most 20 bytes (40 hexadecimal digits) are allowed.</source>
        <extracomment>%1 is the text the user gave</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialReservation</name>
    <message>
        <source>Could not record the certificate&apos;s serial number in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not release a reserved serial number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShamirSecretSharing</name>
    <message>
        <source>There is no secret to split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot split a secret into %2 shares of which %1 are needed: use 2 &lt;= needed &lt;= shares &lt;= %3.</source>
        <extracomment>%1 is the number of shares needed, %2 the number of shares, %3 the largest number of shares</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no shares to recombine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares do not fit together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 was given twice.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareInput</name>
    <message>
        <source>The input ended before enough shares were typed; nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input holds more than %1; shares are much shorter.</source>
        <extracomment>%1 is a size such as &quot;64 KiB&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Type %n shares of the set %1, one line at a time (case, spaces and hyphens do not matter).</source>
        <extracomment>%n is the number of shares needed, %1 a share set id</extracomment>
        <translation>
            <numerusform>Type %n share of the set %1, one line at a time (case, spaces and hyphens do not matter).</numerusform>
            <numerusform>Type %n shares of the set %1, one line at a time (case, spaces and hyphens do not matter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Share %1 of %2, line %3: </source>
        <extracomment>Prompt on the terminal; %1 the share being typed (1, 2, ...), %2 the number needed, %3 a line number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the first line of a share. Type the line again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type this share again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This share belongs to the set %1, not to this backup&apos;s set %2. Type a share of the set %2.</source>
        <extracomment>%1 and %2 are share set ids</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 was typed already. Type another share.</source>
        <extracomment>%1 is a share number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 of %2 accepted.</source>
        <extracomment>%1 is a share number, %2 the number of shares of the set</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharePdfWriter</name>
    <message>
        <source>The share sheets cannot be printed to PDF: this program was started without graphics support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no share sheets to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA key backup: passphrase shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share sheets could not be printed to PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA key backup: passphrase share %1 of %2</source>
        <extracomment>%1 is the share number, %2 the number of shares</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Any %n shares of the set %1 restore the passphrase of the CA key backup; fewer reveal nothing about it.</source>
        <extracomment>%n is the number of shares needed, %1 the share set id</extracomment>
        <translation>
            <numerusform>Any %n share of the set %1 restores the passphrase of the CA key backup; fewer reveal nothing about it.</numerusform>
            <numerusform>Any %n shares of the set %1 restore the passphrase of the CA key backup; fewer reveal nothing about it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Share set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share: %1 of %2, %3 needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore, type these lines into `iotca key restore --shares-from-stdin` (case, spaces and hyphens do not matter; each line carries check letters, so a typing error is found and named) or give the share&apos;s text file with --share. Without IoT CA Desk, use recombine_shares.py from the backup folder as its README.txt describes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this sheet secret, apart from the backup medium and from the other shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature and date:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubCaRequests</name>
    <message>
        <source>Could not read the pending sub-CA requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a CA or a pending sub-CA request named &apos;%1&apos; in this workspace.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of the CA &apos;%1&apos; needs a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the key of the sub-CA &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-CA key made here (iotca ca create-csr) matches the certificate &apos;%1&apos;.</source>
        <extracomment>%1 is a certificate subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamWorkspacePasswords</name>
    <message>
        <source>The password is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1</source>
        <extracomment>%1 is the reason (the server&apos;s answer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for &apos;%1&apos; could not be stored in the keychain: %2</source>
        <extracomment>%1 is a URL, %2 the keychain&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password entered was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password stored in the keychain was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read (%1), so no password was sent.</source>
        <extracomment>%1 is the keychain&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for it is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThrowawayTlsIdentity</name>
    <message>
        <source>The emulator could not make its throwaway TLS certificate with openssl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator could not create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator could not write its TLS certificate settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emulator&apos;s throwaway TLS certificate could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>The workspace &apos;%1&apos; is open read-only; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a change in the workspace &apos;%1&apos;; another program may be writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a change in the workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the change in the workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBundleImporter</name>
    <message>
        <source>Imported from a transfer bundle (manifest SHA-256 %1).</source>
        <extracomment>%1 is the SHA-256 of the bundle&apos;s manifest</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBundleManifest</name>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <extracomment>%1 is the manifest file, %2 a JSON field such as &quot;files[2].sha256&quot;, %3 what is wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <extracomment>%1 is the manifest file, %2 the byte offset, %3 the parser&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs platform, registrationCode and verificationCertificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a plain file name of the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not 64 lower-case hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a file twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not list &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBundleReader</name>
    <message>
        <source>%1 is not a regular file; a bundle holds only the files its manifest lists.</source>
        <extracomment>%1 is a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not listed in %2: someone added it after the bundle was signed.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: %2 lists it.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been changed: its SHA-256 is not the one %2 lists.</source>
        <extracomment>%1 is a path, %2 the manifest file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds private key material (%2); a bundle never carries a private key.</source>
        <extracomment>%1 is a path, %2 what was found such as &quot;a PEM &apos;EC PRIVATE KEY&apos; block&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing: without it the bundle cannot be checked.</source>
        <extracomment>%1 is a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certificate: %2</source>
        <extracomment>%1 is a path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CA certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify %2 with the key of the CA certificate in %3: the manifest or its signature was changed, or they are from another CA.</source>
        <extracomment>%1 and %2 are paths (the signature and the manifest), %3 the CA certificate file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 states another fingerprint for the CA than that of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificates.</source>
        <extracomment>%1 is a path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not chain to the root in %2: %3</source>
        <extracomment>%1 and %2 are paths, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a root CA and the bundle has no %2 with its issuers.</source>
        <extracomment>%1 is a path, %2 the chain file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is the manifest file, %2 a platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a verification certificate of this CA for its registration code: %2</source>
        <extracomment>%1 is a path, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferBundleWriter</name>
    <message>
        <source>&apos;%1&apos; is not a verification certificate for this CA and code: %2</source>
        <extracomment>%1 is a file, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate could not be made: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate and its own private key are needed to sign the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not empty; a bundle needs a folder of its own (the importing side refuses any file the manifest does not list).</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot go into a bundle under its name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two files would be called &apos;%1&apos; in the bundle; rename one.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform &apos;%1&apos;.</source>
        <extracomment>%1 is a platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds private key material (%2); nothing was written. A bundle never carries a private key.</source>
        <extracomment>%1 is a file, %2 what was found such as &quot;a PEM &apos;EC PRIVATE KEY&apos; block&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate cannot be recorded: no workspace was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationCertificate</name>
    <message>
        <source>The registration code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration code cannot be used as a Common Name: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate cannot be read: %1</source>
        <extracomment>%1 is the reason the file could not be read</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no CA certificate to check against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate was issued by &apos;%1&apos;, not by the CA &apos;%2&apos;.</source>
        <extracomment>%1 is the issuer&apos;s name in the file, %2 the CA&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate names the CA &apos;%1&apos; as issuer, but its signature was not made with that CA&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate expired on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate is itself a CA certificate; it must be an end-entity certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is &apos;%1&apos;, but the registration code is &apos;%2&apos;.</source>
        <extracomment>%1 is the CN found, %2 the registration code expected</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationCertificateFile</name>
    <message>
        <source>&apos;%1&apos; already exists; nothing was written.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the verification certificate to &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the verification certificate to &apos;%1&apos;; the certificate (serial %2) is recorded in the workspace as made but was not written.</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationCertificateLedger</name>
    <message>
        <source>a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registration with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an offline registration folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transfer bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the verification certificate in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not signed by the CA &apos;%1&apos;.</source>
        <extracomment>%1 is the name of a certificate authority</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the verification certificates.</source>
        <extracomment>%1 is a stored name such as &quot;file&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown purpose &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Writes a consistent copy of the workspace to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the workspace with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the workspace to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the workspace &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the workspace with the backup in FILE. Asks first when a workspace is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace in &apos;%1&apos; with the backup? Everything recorded there since the backup is lost.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was not restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to replace the existing workspace in &apos;%1&apos; without confirmation; pass --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the workspace &apos;%1&apos; from &apos;%2&apos;.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the workspace into a new one (a folder or a team workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new workspace: a folder, or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <extracomment>Placeholder in --help: a folder or a PostgreSQL URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every row of the workspace into a new, empty one (SQLite folder or PostgreSQL team workspace), checks it row for row and verifies its audit chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 rows to &apos;%2&apos;; its audit log verifies (%3 entries).</source>
        <extracomment>%1 is a number of rows, %2 a folder or URL, %3 a number of audit entries</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backs up, restores and copies the workspace; keeps a team workspace&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceConnections</name>
    <message>
        <source>Could not open the workspace database &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the workspace database &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the team workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the team workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %2:%3 did not accept the role &apos;%1&apos; (a missing or wrong password) for the team workspace &apos;%4&apos;.</source>
        <extracomment>%1 is a role (user) name, %2 a host, %3 a port number, %4 a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCopy</name>
    <message>
        <source>Could not read the table &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is not empty; copy into a new workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not copy the table &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the table &apos;%1&apos; does not match the original; nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copied audit log does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceLock</name>
    <message>
        <source>The workspace &apos;%1&apos; is open in %2 (process %3 on %4). Close it there, or open the workspace read-only.</source>
        <extracomment>%1 is the workspace folder, %2 a program name, %3 a process id, %4 a computer name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is open in another program. Close it there, or open the workspace read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file in the workspace &apos;%1&apos;: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the workspace &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePasswordCommands</name>
    <message>
        <source>Keeps a team workspace&apos;s password in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a team workspace&apos;s password and stores it in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes a team workspace&apos;s password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from the first line of FILE instead of asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team workspace: postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the password of the PostgreSQL role in URL (or reads it from --password-file), checks it with the server and stores it in the OS keychain. Every command that opens URL uses it from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password to store: use --password-file, or run on a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the role &apos;%1&apos; for %2:</source>
        <extracomment>Prompt on the terminal; %1 is a role name, %2 a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the password for &apos;%1&apos; in the keychain.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the password stored for URL from the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password for &apos;%1&apos; is stored in the keychain any more.</source>
        <extracomment>%1 is a URL</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::app::ConsoleProgress</name>
    <message>
        <source>%1: %2 of %3 (%4%)</source>
        <extracomment>Progress line on the terminal: %1 what is done (&quot;Issuing device certificates&quot;), %2 of %3 items, %4 percent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- stopping after the current batch...</source>
        <extracomment>Appended to the progress line after Ctrl-C</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the next consistent point; press Ctrl-C again to abort at once.</source>
        <extracomment>Printed when the user presses Ctrl-C during a long operation</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network connection is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent an answer that is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s TLS certificate is not trusted, so nothing was sent. If this is a private endpoint, add its CA certificate to the account&apos;s CA bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform endpoint refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform endpoint&apos;s host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to the platform failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The platform did not answer: %n attempt(s) of %1 s each, %2 s in all.</source>
        <extracomment>%n attempts; %1 seconds per attempt, %2 seconds in all (both may have one decimal)</extracomment>
        <translation>
            <numerusform>The platform did not answer: %n attempt of %1 s, %2 s in all.</numerusform>
            <numerusform>The platform did not answer: %n attempts of %1 s each, %2 s in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::model::ApsaraMqConnector</name>
    <message>
        <source>The ApsaraMQ account &apos;%1&apos; has no instance id; CAs are bound to an instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ answered without a registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ answered without the CA&apos;s serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is not the registration code ApsaraMQ issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This registration code has already been used; fetch a new one and make a new verification certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the certificates: the CA needs basicConstraints CA:TRUE and the verification certificate must be signed by the CA&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate with this serial number is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ has no CA certificate with this serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ has no device certificate with this serial number under this CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ApsaraMQ instance of this account does not exist in this region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AccessKey may not manage the ApsaraMQ instance; check the RAM permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ rejected a parameter of the request as missing or invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ could not count the instance&apos;s CA certificates; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the request signature: check the AccessKey secret of this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ does not know this AccessKey ID, or it is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ rejected the request time: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ saw this request before (nonce reused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ is throttling this account; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ says a required parameter is missing (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ reported a server error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ refused another CA certificate (CaNumExceed: %1): the instance has as many as the platform allows. Delete a CA certificate it no longer needs, then try again.</source>
        <extracomment>%1 is the platform&apos;s message, such as &quot;CA certificate num exceed&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column header: what an audit log entry&apos;s action was done to</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA passphrase remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA passphrase forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA deleted on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA unregistered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association CSV imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates recovered after an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted bulk issue cleaned up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-CA key and request created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-CA request signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <extracomment>Column header: the audit entry&apos;s details in one line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key backed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key backed up for custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key restored from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration recorded by hand (unconfirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate re-issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification certificate made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::AwsIotConnector</name>
    <message>
        <source>AWS IoT answered without a registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT answered without a certificate id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an AWS IoT certificate id (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate&apos;s Common Name is not this account&apos;s AWS IoT registration code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT rejected the certificate as invalid (for a CA registration: the verification certificate must be signed by the CA&apos;s key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate is already registered with AWS IoT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA limit reached: this account already has 10 CA certificates with this subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT does not allow this in the certificate&apos;s current state (an active certificate must be deactivated before it is deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is still attached to a policy or thing; detach it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several registered CA certificates share this subject and key; name the signing CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT has no such certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT rejected the credentials or the request signature: check this account&apos;s access key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT is throttling this account; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT rejected the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT reported a server error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::CaListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject CN</source>
        <extracomment>Column header: the Common Name (CN) of the CA certificate&apos;s subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <extracomment>Column header: the CA&apos;s registration status on each platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <extracomment>Status of a CA that is registered with no platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a platform account name, %2 a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (could not be read)</source>
        <extracomment>Status of a CA whose registrations could not be read from the workspace</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::CaTreeModel</name>
    <message>
        <source>%1; issuer not in workspace</source>
        <extracomment>Appended to a CA&apos;s validity state: %1 is the state (&quot;Valid&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer not in workspace: the CA that signed this certificate (%1) is kept elsewhere.</source>
        <extracomment>Tooltip of a CA whose issuing CA is not in the workspace; %1 is the CA&apos;s subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>Column header: valid, expiring, expired or revoked</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceBatchJob</name>
    <message>
        <source>The validity must be at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The device &apos;%1&apos; of the product &apos;%2&apos; already has a certificate in the workspace (%n more devices too).</source>
        <extracomment>%1 is a device name, %2 a product key, %n how many more devices have the same problem</extracomment>
        <translation>
            <numerusform>The device &apos;%1&apos; of the product &apos;%2&apos; already has a certificate in the workspace (%n more device too).</numerusform>
            <numerusform>The device &apos;%1&apos; of the product &apos;%2&apos; already has a certificate in the workspace (%n more devices too).</numerusform>
        </translation>
    </message>
    <message>
        <source>The output folder &apos;%1&apos; is a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The output folder &apos;%1&apos; already has &apos;%2&apos; (%n more conflicting files); choose an empty folder or move those files away.</source>
        <extracomment>%1 is a folder, %2 a file name, %n how many more files conflict</extracomment>
        <translation>
            <numerusform>The output folder &apos;%1&apos; already has &apos;%2&apos; (%n more conflicting file); choose an empty folder or move those files away.</numerusform>
            <numerusform>The output folder &apos;%1&apos; already has &apos;%2&apos; (%n more conflicting files); choose an empty folder or move those files away.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CSV file &apos;%1&apos; already exists; choose another name or move it away.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before any device certificate was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot issue the certificate of the device &apos;%1&apos;: %2</source>
        <extracomment>%1 is a device name, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request after issuing %1 of %2 device certificates; those are recorded in the workspace and listed in the CSV.</source>
        <extracomment>%1 and %2 are counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device certificates were issued and recorded, but the association CSV could not be written: %1</source>
        <extracomment>%1 is the reason; the devices themselves were issued</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after issuing %1 of %2 device certificates (those are recorded in the workspace and listed in the CSV): %3</source>
        <extracomment>%1 and %2 are counts, %3 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n device(s) had been issued into &apos;%1&apos; by an earlier run that was interrupted; they are recorded, listed in the CSV and not issued again.</source>
        <extracomment>%1 is a folder, %n how many devices</extracomment>
        <translation>
            <numerusform>%n device had been issued into &apos;%1&apos; by an earlier run that was interrupted; they are recorded, listed in the CSV and not issued again.</numerusform>
            <numerusform>%n devices had been issued into &apos;%1&apos; by an earlier run that was interrupted; they are recorded, listed in the CSV and not issued again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n named device(s) of the product &apos;%1&apos; already have certificates: the workspace records them (the CA&apos;s device list) and their files are in &apos;%2&apos;. Nothing was issued.</source>
        <extracomment>%1 is a product key, %2 a folder, %n how many device names were given</extracomment>
        <translation>
            <numerusform>The %n named device of the product &apos;%1&apos; already has a certificate: the workspace records it (the CA&apos;s device list) and its files are in &apos;%2&apos;. Nothing was issued.</numerusform>
            <numerusform>All %n named devices of the product &apos;%1&apos; already have certificates: the workspace records them (the CA&apos;s device list) and their files are in &apos;%2&apos;. Nothing was issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; it is never overwritten.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request after %2 of %3 devices: nothing was issued, the archive &apos;%1&apos; was not written and the workspace is as it was.</source>
        <extracomment>%1 is a file, %2 and %3 are counts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devices were recorded, but the archive could not be put in place: %1 The complete archive is in &apos;%2&apos;.</source>
        <extracomment>%1 is the reason, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot issue the certificate of the device &apos;%1&apos;: no serial number was reserved for it.</source>
        <extracomment>%1 is a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceCertificateModel</name>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <extracomment>Column header: the platform&apos;s product key (Alibaba) or product id (Tencent)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the device certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs: %1</source>
        <extracomment>The device pane&apos;s Platform column for a row whose record disagrees with the platform; %1 is what the platform said (e.g. &quot;Another certificate&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace and the platform disagree about this device certificate: the platform reported &quot;%1&quot; at the last read-back. The record was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <extracomment>Column header: what the platform said about the certificate at the last sync or read-back</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, superseded</source>
        <extracomment>The device pane&apos;s Status column for a certificate a re-issue replaced; %1 is its status (e.g. &quot;Associated&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A newer certificate of this device (re-issued) replaces this one. It stays valid until it expires or is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::DeviceLifeStateProxy</name>
    <message>
        <source>%1 · %2</source>
        <extracomment>A date, then a validity state such as &quot;Expired&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::RegistrationJob</name>
    <message>
        <source>Cancelled: nothing was sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the account&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::SignCsrJob</name>
    <message>
        <source>The request folder &apos;%1&apos; does not exist.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; holds no certificate requests (*.csr, *.req, *.pem, *.der).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate request(s) cannot be signed: %1</source>
        <extracomment>%n is the number of unusable request files, %1 the list &quot;file: reason; file: reason&quot;</extracomment>
        <translation>
            <numerusform>%n certificate request cannot be signed: %1</numerusform>
            <numerusform>%n certificate requests cannot be signed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::model::TencentIotHubConnector</name>
    <message>
        <source>&apos;%1&apos; is not a Tencent device id of the form ProductId/DeviceName.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Tencent product id is set for this device certificate or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; is not accepted by Tencent Cloud IoT Hub: use 1 to 48 letters, digits, &apos;:&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA limit reached: this account already has 10 CA certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate does not match the CA: it must be signed by the CA&apos;s key and carry the console&apos;s verification code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the CA certificate&apos;s content as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CA certificate with this name already exists in this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CA certificate is already registered (same certificate or serial number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is still bound to a product; unbind it from the product before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud has no CA certificate with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tencent product does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tencent device does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A device with this name already exists in the product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This product does not support private CA operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the request time: check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud rejected the credentials or the request signature: check this account&apos;s SecretId and SecretKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud is throttling this account; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud reported a server error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud answered without a readable certificate for the CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name on Tencent Cloud</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::model::Workspace</name>
    <message>
        <source>Cannot create the workspace folder &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the workspace database &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database &apos;%1&apos; has rows that refer to missing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace in &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; must be upgraded before it can be opened read-only; open it once for writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the workspace database &apos;%1&apos; to write-ahead logging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos; for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the workspace to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the backup file &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not an IoT CA Desk workspace backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the backup file &apos;%1&apos; into the workspace &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace &apos;%1&apos; is in use by another program; close it before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is backed up on its server (pg_dump); use `iotca workspace copy` to copy it into a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace is restored on its server (pg_restore), not from a workspace backup file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountDialog</name>
    <message>
        <source>Alibaba Cloud IoT Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud IoT Hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS IoT Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Platform Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Platform Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the platform&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required, e.g. mqtt-cn-0pp12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AccessKey ID / SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a region such as cn-shanghai or us-east-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ApsaraMQ for MQTT needs the instance ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret that belongs to the access key ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the credentials work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Local Emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: extra trusted roots for a private endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use local emulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local emulator does not emulate this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local emulator is running: start the app with scripts/run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the local emulator at %1 and its demo credentials.</source>
        <extracomment>%1 is a URL such as https://127.0.0.1:18443</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alibaba Cloud IoT Platform has no API to test: registration writes an upload bundle for its console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the platform has no API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local emulator (%1)</source>
        <extracomment>%1 is a platform such as &quot;ApsaraMQ for MQTT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint must be an https:// address, such as https://127.0.0.1:8443 for the local emulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle must be an existing PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountsCommand</name>
    <message>
        <source>Work Offline is on, so nothing is sent to the platform. Turn it off in View → Work Offline to test the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret of the new access key ID to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the platform account &apos;%1&apos; and its credentials from the keychain?</source>
        <extracomment>%1 is an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The workspace forgets its %n CA registration(s); nothing changes on the platform.</source>
        <extracomment>%n is a number of CAs</extracomment>
        <translation>
            <numerusform>The workspace forgets its %n CA registration; nothing changes on the platform.</numerusform>
            <numerusform>The workspace forgets its %n CA registrations; nothing changes on the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Platform Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::AccountsDialog</name>
    <message>
        <source>(platform default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &apos;%1&apos;…</source>
        <extracomment>%1 is an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: connected, the platform accepted the credentials.</source>
        <extracomment>%1 is an account name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts the workspace registers CAs with. Their secrets are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::AuditLogDialog</name>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earliest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see its details as recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the entries the filters show to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <extracomment>%1 and %2 are formatted numbers: how many entries the filters show, of how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 · %4</source>
        <extracomment>%1 is an audit entry&apos;s number, %2 its time, %3 the action, %4 the object</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain hash: %1</source>
        <extracomment>%1 is a hexadecimal SHA-256 value</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries written to %2</source>
        <extracomment>%1 is a formatted number, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit log&apos;s hash chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The audit log is intact: %Ln entry checked.</numerusform>
            <numerusform>The audit log is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaDetailsPane</name>
    <message>
        <source>Certificate authority details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate authority to see its certificate, registrations and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted in the workspace; passphrase remembered in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the workspace (%1)</source>
        <extracomment>%1 says where the key is kept, e.g. &quot;offline&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered with any platform account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a certificate status such as &quot;Associated&quot;, %2 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations per platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device certificate counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (critical)</source>
        <extracomment>%1 is the value of a certificate extension</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic constraints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync registrations with the platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this CA&apos;s status from every platform account it is registered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>%Ln is the number of device certificates, formatted</extracomment>
        <translation>
            <numerusform>%Ln device certificate</numerusform>
            <numerusform>%Ln device certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificate authority yet. Create one with File → New CA… or import one with File → Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln differ from the platform (see the Platform column of the device list).</source>
        <extracomment>%Ln is a number of device certificates; shown under the CA&apos;s device counts</extracomment>
        <translation>
            <numerusform>%Ln differs from the platform (see the Platform column of the device list).</numerusform>
            <numerusform>%Ln differ from the platform (see the Platform column of the device list).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a platform account, %2 a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device connection</source>
        <extracomment>Title of the CA details section on what devices need to connect to the platforms the CA is registered with</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What devices need to connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CaKeyUnlock</name>
    <message>
        <source>Cancelled: the CA key was not unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong. Try again.</source>
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
    <message>
        <source>Certificate &amp;authorities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyBackupPage</name>
    <message>
        <source>Back up the CA&apos;s &amp;key, its passphrase split into shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The starting CA&apos;s key, encrypted, on removable media; the passphrase nobody sees, split into share sheets for custodians. Any M of the N shares restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share sheets folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Sheets Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share sheets folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares re&amp;quired (M):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares &amp;made (N):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the two folders apart: whoever holds the backup medium must not hold the shares. Print the sheets, hand them out, then delete their folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyCaFields</name>
    <message>
        <source>CA na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Common name (CN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the workspace will list it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, e.g. CN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyDevicesPage</name>
    <message>
        <source>&amp;Issue a batch of device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices named &lt;prefix&gt;1, &lt;prefix&gt;2, … get a key and a certificate from the ceremony&apos;s CA, with an association CSV for the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name pr&amp;efix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity (days):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyIntermediatePage</name>
    <message>
        <source>Also create an &amp;intermediate CA under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intermediate CA keeps the root&apos;s key in the safe: it then signs the verification certificates, the devices and the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyOutputsPage</name>
    <message>
        <source>&amp;Write a transfer bundle for the online machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One folder for the script and everything the ceremony writes, except the key backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record goes to record/ and the bundle to transfer-bundle/; every subfolder the ceremony writes must be new or empty. The bundle carries the CA certificate and chain, the verification certificates, the association CSV and the record, signed by the CA; never a private key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyPeoplePage</name>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who runs the ceremony and who witnesses it. Their names go into the script and the signed record, with lines for their signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnesses, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witnesses (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyReviewPage</name>
    <message>
        <source>&amp;Save Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the ceremony script, as it will be saved and run. Read it with the witnesses; nothing has been done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tart Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validator finds no problem. Start the ceremony when everyone has read the script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The validator finds %n problem(s); go back and correct them:</source>
        <translation>
            <numerusform>The validator finds %n problem; go back and correct them:</numerusform>
            <numerusform>The validator finds %n problems; go back and correct them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Ceremony Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony scripts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; exists and holds another script. Save this one with Save Script… first, or choose another output folder.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of &apos;%1&apos; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script could not be written to &apos;%1&apos;: %2</source>
        <extracomment>%1 is a file, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyRootPage</name>
    <message>
        <source>Create a new &amp;root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing CA of this workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The root CA the ceremony creates, or a CA of this workspace whose key is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing CA</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyRunPage</name>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op the Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step runs when you start it. Read it aloud, then run it; a failed step stops the ceremony, and the record says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the steps did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and folders the ceremony wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved script has a problem: %1: %2</source>
        <extracomment>%1 is a JSON path such as $.custody.threshold, %2 the problem</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony &apos;%1&apos;, officer %2. Script %3, SHA-256 %4.</source>
        <extracomment>%1 is the ceremony&apos;s title, %2 the officer, %3 the script file, %4 its SHA-256</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. [%2] %3</source>
        <extracomment>A step in the list: %1 its number, %2 its state (&quot;done&quot;, &quot;to do&quot;, &quot;FAILED&quot;), %3 what it does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ceremony stopped at step %1; the record says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, step %1: %2</source>
        <extracomment>%1 is a step number, %2 what the step does</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the Record (Step %1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <extracomment>%1 is a step number, %2 the reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer bundle: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share sheets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no passphrase was given for the new CA &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyVerificationPage</name>
    <message>
        <source>Verification Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the registration code each platform&apos;s console shows for this CA. The ceremony&apos;s CA signs a verification certificate for each, to upload with the CA. Leave a field empty to make none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alibaba Cloud IoT Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tencent Cloud IoT Hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;WS IoT Core:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apsara&amp;MQ for MQTT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code for %1</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CeremonyWizard</name>
    <message>
        <source>Key Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the ceremony here? The steps not run yet are recorded as not run, and the record is written and signed now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ChangeStateCommand</name>
    <message>
        <source>&apos;%1&apos; is not registered with any platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is registered with several platform accounts: choose the account in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activating %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <extracomment>%n is a number of certificates, %1 a CA name, %2 a platform account</extracomment>
        <translation>
            <numerusform>Activating %n device certificate of &apos;%1&apos; on %2…</numerusform>
            <numerusform>Activating %n device certificates of &apos;%1&apos; on %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivating %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <translation>
            <numerusform>Deactivating %n device certificate of &apos;%1&apos; on %2…</numerusform>
            <numerusform>Deactivating %n device certificates of &apos;%1&apos; on %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleting %n device certificate(s) of &apos;%1&apos; from %2…</source>
        <translation>
            <numerusform>Deleting %n device certificate of &apos;%1&apos; from %2…</numerusform>
            <numerusform>Deleting %n device certificates of &apos;%1&apos; from %2…</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating &apos;%1&apos; on %2…</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating &apos;%1&apos; on %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already active on %2.</source>
        <extracomment>%1 is a CA name, %2 a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already inactive on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activated &apos;%1&apos; on %2; %n device certificate(s) activated with it.</source>
        <extracomment>%1 is a CA name, %2 a platform account, %n a number of device certificates</extracomment>
        <translation>
            <numerusform>Activated &apos;%1&apos; on %2; %n device certificate activated with it.</numerusform>
            <numerusform>Activated &apos;%1&apos; on %2; %n device certificates activated with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated &apos;%1&apos; on %2; %n device certificate(s) deactivated with it.</source>
        <translation>
            <numerusform>Deactivated &apos;%1&apos; on %2; %n device certificate deactivated with it.</numerusform>
            <numerusform>Deactivated &apos;%1&apos; on %2; %n device certificates deactivated with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted &apos;%1&apos; from %2; %n device certificate(s) deleted with it.</source>
        <translation>
            <numerusform>Deleted &apos;%1&apos; from %2; %n device certificate deleted with it.</numerusform>
            <numerusform>Deleted &apos;%1&apos; from %2; %n device certificates deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Activated %n device certificate(s) on %1.</source>
        <extracomment>%n is a number of device certificates, %1 a platform account</extracomment>
        <translation>
            <numerusform>Activated %n device certificate on %1.</numerusform>
            <numerusform>Activated %n device certificates on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %n device certificate(s) on %1.</source>
        <translation>
            <numerusform>Deactivated %n device certificate on %1.</numerusform>
            <numerusform>Deactivated %n device certificates on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n device certificate(s) from %1.</source>
        <translation>
            <numerusform>Deleted %n device certificate from %1.</numerusform>
            <numerusform>Deleted %n device certificates from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates could not be changed.</source>
        <extracomment>%1 and %Ln are formatted numbers: how many failed, of how many</extracomment>
        <translation>
            <numerusform>%1 of %Ln device certificate could not be changed.</numerusform>
            <numerusform>%1 of %Ln device certificates could not be changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ConfirmCascadeDialog</name>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &apos;%1&apos; to confirm:</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activate %n device certificate(s) of &apos;%1&apos;? Devices using them can connect again.</source>
        <extracomment>%n is a number of certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>Activate %n device certificate of &apos;%1&apos;? Devices using them can connect again.</numerusform>
            <numerusform>Activate %n device certificates of &apos;%1&apos;? Devices using them can connect again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %n device certificate(s) of &apos;%1&apos;? Devices using them can no longer connect.</source>
        <translation>
            <numerusform>Deactivate %n device certificate of &apos;%1&apos;? Devices using them can no longer connect.</numerusform>
            <numerusform>Deactivate %n device certificates of &apos;%1&apos;? Devices using them can no longer connect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n device certificate(s) of &apos;%1&apos;? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n device certificate of &apos;%1&apos;? This cannot be undone.</numerusform>
            <numerusform>Delete %n device certificates of &apos;%1&apos;? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Activating &apos;%1&apos; on %2 also activates its %3 device certificates.</source>
        <extracomment>%1 is a CA name, %2 a platform account, %3 a formatted number such as 2,345</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating this CA deactivates its %3 device certificates: &apos;%1&apos; on %2 and every device that uses one of them can no longer connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; from %2 also deletes its %3 device certificates. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name &apos;%1&apos; exactly to confirm the deletion.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvImportCommand</name>
    <message>
        <source>Import Device Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not split: fix the problems in it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the file into %1 parts in %2.</source>
        <extracomment>%1 is a number of files, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Associated %Ln device certificates from %1.</source>
        <extracomment>%Ln is a formatted number, %1 a file name</extracomment>
        <translation>
            <numerusform>Associated %Ln device certificate from %1.</numerusform>
            <numerusform>Associated %Ln device certificates from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split into Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Device Association – %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 rows; the platform accepts at most %2 per file. Split it into %3 files to upload them one by one.</source>
        <extracomment>%1, %2 and %3 are formatted numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows for product %1, all valid.</source>
        <extracomment>%Ln is a formatted number of rows, %1 a product</extracomment>
        <translation>
            <numerusform>%Ln row for product %1, valid.</numerusform>
            <numerusform>%Ln rows for product %1, all valid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows, %1. Fix the file and drop it again; nothing has been imported.</source>
        <extracomment>%Ln is a formatted number of rows, %1 &quot;N problems&quot;</extracomment>
        <translation>
            <numerusform>%Ln row, %1. Fix the file and drop it again; nothing has been imported.</numerusform>
            <numerusform>%Ln rows, %1. Fix the file and drop it again; nothing has been imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems</source>
        <extracomment>Part of &quot;N rows, %1. Fix the file…&quot;; %Ln is a formatted number</extracomment>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows, %1. Fix the file and import it again; nothing has been imported.</source>
        <extracomment>%Ln is a formatted number of rows, %1 &quot;N problems&quot;</extracomment>
        <translation>
            <numerusform>%Ln row, %1. Fix the file and import it again; nothing has been imported.</numerusform>
            <numerusform>%Ln rows, %1. Fix the file and import it again; nothing has been imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvPreviewModel</name>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::CsvTemplateCommand</name>
    <message>
        <source>Export Association CSV Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an empty device-association CSV with its header row (ProductKey, DeviceName, CertSN), to fill in and import or upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the template &apos;%1&apos;.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeleteCaCommand</name>
    <message>
        <source>&apos;%1&apos; is still registered with %2. Delete its registration there first.</source>
        <extracomment>%1 is a CA name, %2 a list of platform accounts</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &apos;%1&apos; destroys its private key, which is kept only in this workspace: nothing can be signed as this CA again, and its CRLs can no longer be published. Back up the private key first (Export Private Key…)? Nothing is deleted then.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete CA</source>
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
        <source>Device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by serial or device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop an association CSV file here to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates</source>
        <extracomment>%Ln is the number of device certificates, formatted</extracomment>
        <translation>
            <numerusform>%Ln device certificate</numerusform>
            <numerusform>%Ln device certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>The device certificates of the selected certificate authority appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln device certificates matches “%1”.</source>
        <extracomment>%1 is the filter text the user typed, %Ln the number of the CA&apos;s device certificates</extracomment>
        <translation>
            <numerusform>The %Ln device certificate does not match “%1”.</numerusform>
            <numerusform>None of the %Ln device certificates matches “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates</source>
        <extracomment>%1 and %Ln are formatted numbers: how many match the filter, of how many</extracomment>
        <translation>
            <numerusform>%1 of %Ln device certificate</numerusform>
            <numerusform>%1 of %Ln device certificates</numerusform>
        </translation>
    </message>
    <message>
        <source>Dev&amp;ice association</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceCertificateCommand</name>
    <message>
        <source>Copied the PEM of the device certificate %1.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Device Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Device Certificate with Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the certificate %1 followed by its CA&apos;s chain up to the root, as TLS clients send it. Never writes a private key.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the certificate %1. Never writes a private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the device certificate %1 to &apos;%2&apos;.</source>
        <extracomment>%1 is a serial number, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain ends below the root: its issuer is not in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the record of the device certificate %1 (%2) from this workspace?</source>
        <extracomment>%1 is a serial number, %2 a product/device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is still registered on a platform; deleting the record here leaves it there (delete it on the platform first with Devices → Delete Selected…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not registered on any platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate itself stays valid until it expires; revoke it first if it must stop working, as a certificate without a record cannot be revoked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the record of the device certificate %1.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceCertificateDialog</name>
    <message>
        <source>Device Certificate – %1</source>
        <extracomment>%1 is a device name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <extracomment>%1 and %2 are dates and times</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic constraints:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternative names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-1 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on %1 (%2)</source>
        <extracomment>%1 is a date and time, %2 an RFC 5280 reason such as &quot;Key compromise&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the device is registered on a platform)</source>
        <extracomment>%1 is a status such as &quot;Associated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries of this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;DER…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export with &amp;Chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not present</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::DeviceRegistrationRun</name>
    <message>
        <source>&apos;%1&apos; is not registered with any platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not registered with this platform account; register it first.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is registered with several platform accounts: choose the account in the toolbar first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered %n device certificate(s) on %1; %2 already there.</source>
        <extracomment>%n is a number of device certificates, %1 a platform account, %2 how many were already there</extracomment>
        <translation>
            <numerusform>Registered %n device certificate on %1; %2 already there.</numerusform>
            <numerusform>Registered %n device certificates on %1; %2 already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln device certificates could not be registered.</source>
        <extracomment>%1 and %Ln are formatted numbers: how many failed, of how many</extracomment>
        <translation>
            <numerusform>%1 of %Ln device certificate could not be registered.</numerusform>
            <numerusform>%1 of %Ln device certificates could not be registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Registering</source>
        <extracomment>%n is a number of certificates, %1 a CA name, %2 a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registering %n device certificate(s) of &apos;%1&apos; on %2…</source>
        <translation>
            <numerusform>Registering %n device certificate of &apos;%1&apos; on %2…</numerusform>
            <numerusform>Registering %n device certificates of &apos;%1&apos; on %2…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportAssociationCsvCommand</name>
    <message>
        <source>The CA &apos;%1&apos; has no device certificates recorded; there is nothing to export.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the association CSV of %n device(s) of the product &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%n devices, %1 a product, %2 the first file written</extracomment>
        <translation>
            <numerusform>Wrote the association CSV of %n device of the product &apos;%1&apos; to &apos;%2&apos;.</numerusform>
            <numerusform>Wrote the association CSV of %n devices of the product &apos;%1&apos; to &apos;%2&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportAssociationCsvDialog</name>
    <message>
        <source>Export Association CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes ProductKey, DeviceName and CertSN of every device certificate &apos;%1&apos; has recorded for the product, for the platform&apos;s device association.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportCaChainCommand</name>
    <message numerus="yes">
        <source>Writes the certificate of &apos;%1&apos; followed by its issuers&apos; up to the root: %n certificate(s) in one PEM file. Never writes a private key.</source>
        <extracomment>%1 is a CA name, %n the number of certificates in the chain</extracomment>
        <translation>
            <numerusform>Writes the certificate of &apos;%1&apos; followed by its issuers&apos; up to the root: %n certificate in one PEM file. Never writes a private key.</numerusform>
            <numerusform>Writes the certificate of &apos;%1&apos; followed by its issuers&apos; up to the root: %n certificates in one PEM file. Never writes a private key.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain ends at &apos;%1&apos;: its issuer is not in this workspace.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the chain of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists; choose another file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ExportPrivateKeyCommand</name>
    <message>
        <source>The private key of &apos;%1&apos; is not stored in this workspace (%2).</source>
        <extracomment>%1 is a CA name, %2 where its key is kept</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Private Key</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a backup of the private key of &apos;%1&apos;, encrypted under a new passphrase. Keep the file and the passphrase apart, somewhere safe: whoever has both can sign as this CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted PKCS#8 (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 with the certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the encrypted private key of &apos;%1&apos; to &apos;%2&apos;.</source>
        <extracomment>%1 is a CA name, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::FilePathEdit</name>
    <message>
        <source>Choose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleAction</name>
    <message>
        <source>Import Bun&amp;dle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a transfer bundle from an offline key ceremony: its CA and pending registrations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleCommand</name>
    <message>
        <source>Import Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle of &apos;%1&apos; was imported before; nothing changed.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the CA &apos;%1&apos; (key held offline) with %n pending registration(s).</source>
        <extracomment>%1 is a CA name, %n the number of pending registrations</extracomment>
        <translation>
            <numerusform>Imported the CA &apos;%1&apos; (key held offline) with %n pending registration.</numerusform>
            <numerusform>Imported the CA &apos;%1&apos; (key held offline) with %n pending registrations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportBundleDialog</name>
    <message>
        <source>Import Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the bundle matches its signed manifest, and the signature verifies with the CA certificate it carries. Compare the fingerprint below with the ceremony record before you import: only that proves the CA is the one of the ceremony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;name in this workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate only: its private key is held offline, so nothing here signs with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pending registration for %1 (code %2): `iotca ca register` uploads it with the verification certificate from the bundle.</source>
        <extracomment>%1 is a platform id such as &quot;aws-iot&quot;, %2 a registration code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded, left in the folder: the association CSVs %1.</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the CA.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportCaCommand</name>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is too large for a certificate or key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not hold a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key does not belong to the certificate in &apos;%1&apos;.</source>
        <extracomment>%1 is a file name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase: the imported key is stored encrypted under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ImportCaDialog</name>
    <message>
        <source>Import Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate and its private key, or drop both files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private keys (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored encrypted under this passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a certificate nor a private key in PEM form.</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CA certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file &apos;%1&apos; does not exist.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the private key file of the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file &apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase: the key&apos;s own, or for an unencrypted key file a new one that the workspace stores it under.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase the workspace stores the key under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::IssueDevicesCommand</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace only (generic file names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing Device Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issuing %Ln device certificates for product %1…</source>
        <extracomment>%Ln is a formatted number, %1 a product</extracomment>
        <translation>
            <numerusform>Issuing %Ln device certificate for product %1…</numerusform>
            <numerusform>Issuing %Ln device certificates for product %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates; association CSV: %1</source>
        <extracomment>%Ln is a formatted number, %1 a list of files</extracomment>
        <translation>
            <numerusform>Issued %Ln device certificate; association CSV: %1</numerusform>
            <numerusform>Issued %Ln device certificates; association CSV: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates.</source>
        <extracomment>%Ln is a formatted number</extracomment>
        <translation>
            <numerusform>Issued %Ln device certificate.</numerusform>
            <numerusform>Issued %Ln device certificates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection details: %1</source>
        <extracomment>%1 is a list of files</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Registering them on the platform did not complete: %2. Devices → Register on Platform… takes it up again.</source>
        <extracomment>%1 says what was issued; %2 why the registration that followed did not complete</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <extracomment>%1 is a ZIP file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Issued %Ln device certificates into the archive %1.</source>
        <extracomment>%Ln is a formatted number, %1 a ZIP file</extracomment>
        <translation>
            <numerusform>Issued %Ln device certificate into the archive %1.</numerusform>
            <numerusform>Issued %Ln device certificates into the archive %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::IssueDevicesDialog</name>
    <message>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue Device Certificates from &apos;%1&apos;</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace only (no platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProductKey or ProductID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device names, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One device name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file with one device name per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix, e.g. sensor-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device (TLS client authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names are read from the file when you click Issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file with the device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; cannot be read.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is too large for a list of device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the prefix of the numbered device names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one device name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 device names are more than the %2 one batch can issue.</source>
        <extracomment>%1 and %2 are formatted numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _ - @ . : only, at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name %1, &apos;%2&apos;, is not allowed here: %3.</source>
        <extracomment>%1 is a position (1 = first), %2 a device name, %3 the naming rule</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device name &apos;%1&apos; appears twice, at %2 and %3.</source>
        <extracomment>%1 is a device name, %2 and %3 positions</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the product the devices belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product may contain only letters, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform of this account does not accept this key type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder the certificates and keys go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output path &apos;%1&apos; is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln device certificates will be issued.</source>
        <extracomment>%Ln is a formatted number</extracomment>
        <translation>
            <numerusform>%Ln device certificate will be issued.</numerusform>
            <numerusform>%Ln device certificates will be issued.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;gister on %1 after issuing</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device&apos;s files, the association CSV and a SHA-256 manifest in one ZIP file, written all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive &apos;%1&apos; already exists; choose a new name.</source>
        <extracomment>%1 is a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write one archive (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::JobProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 and %2 are formatted numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::KeyAlgorithmCombo</name>
    <message>
        <source>Key type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096-bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-384</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::KeyCeremonyAction</name>
    <message>
        <source>&amp;Key Ceremony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a key ceremony script, review it with the witnesses, then run it step by step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainActions</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new root certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing CA certificate and its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Association CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and import a device-association CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register with Platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the selected CA with a platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the selected CA&apos;s registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected CA&apos;s registration and its devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue Device Certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue device certificates from the selected CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the selected device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove platform accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show and verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work &amp;Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete from &amp;Platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected CA&apos;s registration on the platform, with its device certificates there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected CA and its device certificates from the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contact a platform: platform actions are refused; only upload bundles can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Association CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the association CSV of the selected CA&apos;s recorded device certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register on Platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the selected device certificates on the CA&apos;s platform account (Tencent, AWS)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About IoT CA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the certificate authority whose device certificates the file associates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline (by choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform account that registration and issuing use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <extracomment>%1 is the name of a platform account</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Offline is on, so nothing is sent to a platform. Turn it off in View → Work Offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: not contacted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent to this account&apos;s platform since the app started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform answered at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform did not answer at %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <extracomment>%1 is the name of a platform account, %2 a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;IoT CA Desk %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Private certificate authorities for IoT fleets: keys, CA and device certificates, and their registration with cloud IoT platforms.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no platform account yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent to a platform while View → Work Offline is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <extracomment>%1 is the workspace folder&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate authority yet.

Create one with File → New CA… or import one with File → Import CA….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open. Open one with File → Open Workspace….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: Tools → Platform Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the running task has finished, or cancel it, before switching workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <extracomment>Suggested file name of a workspace backup; %1 is the workspace&apos;s name, %2 today&apos;s date (2026-12-05)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up the workspace to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the workspace in %1 with the backup %2? Everything recorded there since the backup is lost.</source>
        <extracomment>%1 is a folder, %2 a file</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaCommand</name>
    <message>
        <source>Created the certificate authority &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaDialog</name>
    <message>
        <source>New Certificate Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the CA is listed, e.g. Fleet Root 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of a number of days, with a leading space</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Common name (CN):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizational &amp;unit (OU):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locality (L):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State or province (ST):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters, e.g. CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coun&amp;try (C):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <extracomment>%1 is a date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate authority named &apos;%1&apos; already exists.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the common name (CN) of the CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organizational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than %2 characters.</source>
        <extracomment>%1 is a subject field such as &quot;organization&quot;, %2 a number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be a two-letter code such as CN or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase to protect the CA&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too easy to guess. Make it longer or mix letters, digits and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed (root CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::NewCaPassphraseDialog</name>
    <message>
        <source>New CA Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the passphrase that protects the private key of the new CA &apos;%1&apos;. It is not in the ceremony script and is not shown again.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::PassphraseDialog</name>
    <message>
        <source>CA Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase of the private key of &apos;%1&apos;.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;member until IoT CA Desk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the passphrase until IoT CA Desk quits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in this program&apos;s memory only, so that the next operation with this CA does not ask again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::PassphraseStrengthHint</name>
    <message>
        <source>No passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <extracomment>Passphrase strength</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong passphrase.</source>
        <extracomment>%1 is a number of characters (12)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::PkiActions</name>
    <message>
        <source>Export &amp;Chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected CA&apos;s certificate and its issuers&apos; up to the root as one PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected CA&apos;s certificate revocation list, signed with its key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;new CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew the selected CA&apos;s certificate with the same key: new validity, device certificates keep verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Private &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the selected CA&apos;s private key under a new passphrase (PKCS#8 or PKCS#12 with the chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the verification certificate for a registration code typed from a platform&apos;s console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Association CSV &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an empty device-association CSV with its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected device certificates, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected device certificate: details, fingerprints, status and history (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;blish CRL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new certificate for the selected device, for the same or a new key; the old one stays valid until it is revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::PublishCrlCommand</name>
    <message>
        <source>Publish CRL</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the certificate revocation list of &apos;%1&apos; (X.509 v2 with CRL number, authority key identifier and nextUpdate), listing every certificate it revoked, signed with its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next update in (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published CRL number %1 of &apos;%2&apos; listing %n revoked certificate(s) to &apos;%3&apos;.</source>
        <extracomment>%1 is a CRL number, %2 a CA name, %n the revoked certificates, %3 a file</extracomment>
        <translation>
            <numerusform>Published CRL number %1 of &apos;%2&apos; listing %n revoked certificate to &apos;%3&apos;.</numerusform>
            <numerusform>Published CRL number %1 of &apos;%2&apos; listing %n revoked certificates to &apos;%3&apos;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterAccountPage</name>
    <message>
        <source>Platform Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account to register the CA with. Its platform&apos;s rules for this CA are checked before anything is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is an account name, %2 a platform such as &quot;ApsaraMQ for MQTT&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no API for CA certificates: the wizard writes an upload bundle for its console instead (CA certificate, verification certificate, association CSV template and a README with the steps).</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no platform account yet: add one in Tools → Platform Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepts this CA: its key type, name and serial number follow the platform&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Offline is on: nothing is sent to %1. The wizard writes an upload bundle instead (CA certificate, verification certificate and a README with the call that finishes the registration on a connected machine).</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name the platform accepts in “Name on the platform”; the CA keeps its name in the workspace.</source>
        <extracomment>Follows the platform&apos;s refusal of the CA&apos;s name; &quot;Name on the platform&quot; is the field above</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on the &amp;platform:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterBundlePage</name>
    <message>
        <source>Upload Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has no API for CA certificates. The wizard writes what its console asks for into a folder: ca.pem, verification.pem, the association CSV template and a README with the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Upload Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Offline is on. The wizard writes ca.pem, verification.pem and a README.txt with the API call and its parameters that finish the registration on a connected machine. The folder must not hold these files yet; no private key is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaCommand</name>
    <message>
        <source>There is no platform account yet: add one in Tools → Platform Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the upload bundle of &apos;%1&apos; to %2.</source>
        <extracomment>%1 is a CA name, %2 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered &apos;%1&apos; with %2 (platform ID %3).</source>
        <extracomment>%1 is a CA name, %2 an account, %3 the platform&apos;s id of the CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaRunPage</name>
    <message>
        <source>Registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details (the platform&apos;s answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the Upload Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload bundle is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform accepted the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <extracomment>%1 is a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <extracomment>%1 is a list of file names</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: upload ca.pem and verification.pem in the platform&apos;s console, as the README says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform ID: %1</source>
        <extracomment>%1 is the platform&apos;s id of the CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <extracomment>%1 is a status such as &quot;Activated&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered or recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration failed; nothing was recorded in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verification certificate (CN = the registration code, signed by the CA key):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: on a connected machine, register ca.pem and verification.pem with the platform as README.txt says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register again with another “Name on the platform”; the CA keeps its name in the workspace.</source>
        <extracomment>Follows the platform&apos;s refusal of the CA&apos;s name; &quot;Name on the platform&quot; is a field of the first page</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaRunner</name>
    <message>
        <source>The platform account &apos;%1&apos; names an unknown platform &apos;%2&apos;.</source>
        <extracomment>%1 is an account name, %2 the stored platform id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the CA key with the remembered passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking the CA key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the upload bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCaWizard</name>
    <message>
        <source>Register &apos;%1&apos; with a Platform</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterCodePage</name>
    <message>
        <source>&amp;Fetch it from the platform while registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter the code shown in the platform&apos;s console:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate carries the platform&apos;s registration code as its Common Name; it proves that you hold the CA&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching is the usual way. Type a code only when you already took one from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hands out the registration code in its console only: open the CA certificate page there, copy the code and paste it here.</source>
        <extracomment>%1 is a platform such as &quot;Alibaba Cloud IoT Platform&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Offline is on, so nothing is fetched: type the registration code that %1 gave you. The verification certificate is made for exactly this code.</source>
        <extracomment>%1 is a platform such as &quot;AWS IoT Core&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RegisterConfirmPage</name>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &apos;%1&apos; with the account %2 (%3) as &apos;%4&apos;, active.</source>
        <extracomment>%1 is a CA name, %2 an account, %3 a platform, %4 the CA&apos;s name on the platform</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registration code is fetched from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification certificate is made for the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s private key signs the verification certificate: you may be asked for its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the upload bundle of &apos;%1&apos; for the code &apos;%2&apos; into %3.</source>
        <extracomment>%1 is a CA name, %2 a registration code, %3 a folder</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent: you upload the bundle in the platform&apos;s console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is sent (Work Offline): you finish the registration on a connected machine, as the bundle&apos;s README says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ReissueDeviceCommand</name>
    <message>
        <source>Select the device certificate to re-issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issued &apos;%1&apos;: %2 supersedes %3.</source>
        <extracomment>%1 is a device name, %2 the new serial number, %3 the old one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate is revoked; publish a new CRL (CA → Publish CRL…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate stays valid until it expires or is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ReissueDialog</name>
    <message>
        <source>Make a &amp;new key pair for the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the old certificate (reason &amp;superseded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-issue Device Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-&amp;issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issues a new certificate for the device &apos;%1&apos; in place of %2: the same subject, a new serial number and validity, signed by &apos;%3&apos;.</source>
        <extracomment>%1 is product/device, %2 a serial number, %3 a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key pair is written beside the certificate, readable by you only; install both on the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new certificate is for the device&apos;s present public key: the device keeps its private key, and only the certificate is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate %1 is revoked already.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate %1 is revoked (reason superseded): publish a new CRL, and a device still using it is refused.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old certificate %1 stays valid until it expires or you revoke it; the new one becomes the device&apos;s current certificate.</source>
        <extracomment>%1 is a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder for the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RenewCaCommand</name>
    <message>
        <source>Renewed &apos;%1&apos;: serial %2 replaces %3.</source>
        <extracomment>%1 is a CA name, %2 and %3 serial numbers</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RenewCaDialog</name>
    <message>
        <source>Renew CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews the certificate of &apos;%1&apos; with the same subject and key: a new serial number and validity, and the device certificates it issued keep verifying.</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its issuer &apos;%1&apos; signs the new certificate; its passphrase is asked.</source>
        <extracomment>%1 is the name of the issuing CA</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms know a CA certificate by its content: register the renewed certificate there again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::RevokeDevicesCommand</name>
    <message>
        <source>Select the device certificates to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n device certificate(s) of the CA &apos;%1&apos;; publish a new CRL (CA → Publish CRL…).</source>
        <extracomment>%n device certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>Revoked %n device certificate of the CA &apos;%1&apos;; publish a new CRL (CA → Publish CRL…).</numerusform>
            <numerusform>Revoked %n device certificates of the CA &apos;%1&apos;; publish a new CRL (CA → Publish CRL…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotca::ui::RevokeDialog</name>
    <message>
        <source>Unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key compromise: the device&apos;s private key may be known to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: replaced by a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cessation of operation: the device is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privilege withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Device Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n device certificate(s) of the CA &apos;%1&apos;? This cannot be undone: the CA&apos;s next CRL (CA → Publish CRL…) lists them.</source>
        <extracomment>%n device certificates, %1 a CA name</extracomment>
        <translation>
            <numerusform>Revoke %n device certificate of the CA &apos;%1&apos;? This cannot be undone: the CA&apos;s next CRL (CA → Publish CRL…) lists it.</numerusform>
            <numerusform>Revoke %n device certificates of the CA &apos;%1&apos;? This cannot be undone: the CA&apos;s next CRL (CA → Publish CRL…) lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are still active on a platform; deactivate them there too (Devices → Deactivate Selected…).</source>
        <extracomment>%n certificates</extracomment>
        <translation>
            <numerusform>%n of them is still active on a platform; deactivate it there too (Devices → Deactivate Selected…).</numerusform>
            <numerusform>%n of them are still active on a platform; deactivate them there too (Devices → Deactivate Selected…).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the reason in words, %2 its RFC 5280 name (keyCompromise)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::ShowPassphraseCheck</name>
    <message>
        <source>S&amp;how passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::SyncCommand</name>
    <message>
        <source>The CA is not registered with any platform account: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n platform account(s) could not be synced.</source>
        <extracomment>%n is a number of platform accounts</extracomment>
        <translation>
            <numerusform>%n platform account could not be synced.</numerusform>
            <numerusform>%n platform accounts could not be synced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced %n registration(s): %1 changed, %2 no longer on the platform.</source>
        <extracomment>%n is a number of registrations, %1 and %2 numbers</extracomment>
        <translation>
            <numerusform>Synced %n registration: %1 changed, %2 no longer on the platform.</numerusform>
            <numerusform>Synced %n registrations: %1 changed, %2 no longer on the platform.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is an account name, %2 why it failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::TeamWorkspaceDialog</name>
    <message>
        <source>Open Team Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the team workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team workspace lives in a PostgreSQL database that several operators share. Leave the password empty to use the one remembered in your keychain (or PGPASSWORD, ~/.pgpass). A server that is not on this computer must present a certificate your system trusts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the password in the system keychain (never in the workspace or the settings), so the next open needs no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password to remember, or clear &quot;Remember in keychain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::VerificationCertificateCommand</name>
    <message>
        <source>Verification Certificate</source>
        <extracomment>%1 is a CA name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proves to a platform that you hold the key of &apos;%1&apos;: type the registration code its console shows; the certificate (CN = the code, signed by the CA) is written to the file, to upload there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the registration code the platform&apos;s console shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Valid for (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the verification certificate to &apos;%1&apos; (serial %2).</source>
        <extracomment>%1 is a file, %2 a serial number</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>iotca::ui::WorkspaceActions</name>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the whole workspace to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace this workspace with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Team Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace that several operators share on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
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
    <message>
        <source>Interrupted Bulk Issue Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password in File → Open Team Workspace… and tick &quot;Remember in keychain&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
