<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Assistant</name>
    <message>
        <source>Demo mode changes only its own sample folder %1. %2 is outside it; choose a folder inside the sample folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode plays Certbot back and starts no program; %1 was not started. Leave demo mode to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file; use Copy report for the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields above to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next is unavailable until “%1” is fixed (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssistantWizard</name>
    <message>
        <source>Copy the diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot is still running. Stop it and close the assistant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assistant? Nothing has been changed by this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was stopped. Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is complete and verified, but %2 could not be removed completely (%3). Remove what is left by hand; everything that was in it is in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a certbot config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read, so it cannot be backed up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup must not be written inside the folder being removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not match the original: %2 differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 could not be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCentral</name>
    <message>
        <source>CertCentral URL is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral URL must be https (http only on loopback): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCentralPage</name>
    <message>
        <source>CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before Certbot runs, check that DigiCert will issue: the credential, the organization and domain validation, and requests waiting for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral API key (Automation &gt; API Keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the API key in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check CertCentral again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without an API key the assistant cannot look into CertCentral. You can continue, but timeouts (organization, domains, approvals) will only show when Certbot runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a CertCentral API key to check the account (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the API key in the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral: the API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral: the ACME credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral: organization validation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral: domains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral: pending requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the menu path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral is ready: nothing holds the order back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on without CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened. The address is on the clipboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve request %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject request %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1
Product: %2
Organization: %3
Requested by: %4
Submitted: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved with the Certbot Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected with the Certbot Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 approved in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 rejected in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertCentralRoles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited User</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertbotPage</name>
    <message>
        <source>Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant drives your own Certbot. Choose the one to use for this setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse for certbot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for Certbot on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the certbot program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Certbot was found. Install it with pip in a Python 3.10 or later environment (%1), then choose Scan again, or Browse for certbot if it is somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Certbot in the list above, or Browse for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Certbot still works, but its installer is no longer maintained; plan a move to Certbot from pip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ERROR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or move every certificate of the folder to the new credential at once: certbot-assistant migrate --from FOLDER --to NEW-FOLDER --profile NAME --plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set by your organization to %2 and cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organization keeps new config directories in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--certcentral needs --profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: certbot-assistant profiles add</source>
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
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC key in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the HMAC key; pipe it in with --hmac-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server is needed: your organization set no ACME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile saved. The HMAC key is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot was not started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral API key (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal; use --stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key is empty or has spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key saved for the scheduled renewal in %1 (SYSTEM and administrators only). A key restricted to View Only is enough for its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n certificate(s) from %1 to %2 with profile %3:</source>
        <translation>
            <numerusform>Move %n certificate from %1 to %2 with profile %3:</numerusform>
            <numerusform>Move %n certificates from %1 to %2 with profile %3:</numerusform>
        </translation>
    </message>
    <message>
        <source>already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be ordered again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    names: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    installed again where it is installed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DigiCert will see %n new order(s).</source>
        <translation>
            <numerusform>DigiCert will see %n new order.</numerusform>
            <numerusform>DigiCert will see %n new orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what happens to the old folder: --archive ZIP or --keep-old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to confirm; add --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order these certificates again now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral and this server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled task renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal task was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no renewal task to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1 renews %2 twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It runs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run against DigiCert places a real order, so the assistant does not run one. These are the certificates Certbot would renew:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n HMAC key value(s). Log files changed: %1.</source>
        <translation>
            <numerusform>Replaced %n HMAC key value. Log files changed: %1.</numerusform>
            <numerusform>Replaced %n HMAC key values. Log files changed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown demo scenario %1 (choose from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Back up %1 (%n file(s)) to %2 and then remove it?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 files to %2 (verified) and removed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left in place (new or changed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode %1 is not a file mode (octal, 000 to 777)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --config-dir and --cert-name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot will run after each renewal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expires %2; last renewal %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: validated until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1: next run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled tasks could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp-host and --to are needed (your organization set none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing set up (notify set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDir</name>
    <message>
        <source>%1 is locked by process %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 entry (truncated?); certbot treats this file as broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no [renewalparams] section (truncated?); certbot skips this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewalparams is not a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character; certbot cannot use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server = %1 is not a valid URL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: renewalparams is not a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigDirPage</name>
    <message>
        <source>Config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot keeps one ACME account per folder. Pick the folder for this credential, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ne&amp;w folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for a config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and &amp;remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and remove this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup&apos;s &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder with the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiCert&apos;s scenario 2, a revoked ACME directory URL: the account Certbot registered with the revoked credential stays in its config directory, and Certbot keeps using it. Back that folder up and remove it (Back up and remove…), or leave it alone and create a new folder for the new credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file manager opened. The folder is on the clipboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the config directories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Certbot&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact the logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the same credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move all %n certificate(s) to this credential…</source>
        <translation>
            <numerusform>Move %n certificate to this credential…</numerusform>
            <numerusform>Move all %n certificates to this credential…</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder does not exist yet; Certbot creates it on the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for %1: KID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for %1: KID %2 (incomplete, ignored by Certbot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for %1: no KID recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account for %1: no KID recorded (incomplete, ignored by Certbot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1: expires %2, renews at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts and no certificates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a certbot config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization keeps new config directories in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the account for %1 in %2 was registered with KID %3?

Only confirm this if you set up this folder with this same ACME credential. If it was another credential, Certbot will keep using that one and ignore KID %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the KID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing HMAC keys from the logs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Certbot on the Certbot page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking CertCentral and this server before the first order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n certificate(s) to %1 with the new credential. The old folder %2 was left as it is.</source>
        <translation>
            <numerusform>Moved %n certificate to %1 with the new credential. The old folder %2 was left as it is.</numerusform>
            <numerusform>Moved %n certificates to %1 with the new credential. The old folder %2 was left as it is.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordering the certificates again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what each certificate needs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a backup of %1 to %2, check it, then remove %1.

%3 files (including the account and certificate private keys) will be removed. Certificates already installed on this server keep working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 files to %2 (verified) and removed them. %n file(s) appeared or changed in %3 during the backup (a renewal may have run) and were left there, for example %4.</source>
        <translation>
            <numerusform>Backed up %1 files to %2 (verified) and removed them. %n file appeared or changed in %3 during the backup (a renewal may have run) and was left there: %4.</numerusform>
            <numerusform>Backed up %1 files to %2 (verified) and removed them. %n files appeared or changed in %3 during the backup (a renewal may have run) and were left there, for example %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 files to %2 (verified) and removed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up, checking the backup, then removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a config directory in the list above, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <source>ACME credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME directory URL, KID and HMAC key come from CertCentral (Automation &gt; ACME Directory URLs). Certbot binds them to an account once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Saved credential:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: Web servers OV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME directory &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;KID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HMAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the HMAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HMAC key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral &amp;credential name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral credential name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name shown in CertCentral, for the CertCentral checks (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organization: %1. Locked, cannot be changed here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the credential (the field above) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ACME directory URL (the field above) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the KID (the field above) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the HMAC key (the field above) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the names for the certificate (above) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the e-mail address (above), or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names for the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names for the cer&amp;tificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www.example.com example.com (separate with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading saved credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are stored in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored yet: paste it from CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the HMAC key from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the credential (the HMAC key goes to the keyring)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deploy</name>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no lineages object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reload command &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: privkey.pem is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: privkey.pem does not belong to cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host (host:port, e.g. www.example.com:443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate name certbot makes (letters, digits, dots, hyphens; no folders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no certificate &quot;%2&quot; (no %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the config directory %2: the copies would replace certbot&apos;s own files and certbot would stop renewing them; choose a folder outside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PFX export cannot be repeated after each renewal: certbot runs the hook unattended, where no password for the PFX is available. Register the hook for the other targets, and export the PFX by hand after a renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a control character (a line break?); certbot&apos;s settings cannot keep a command with it. Use a folder without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS sites exist only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot; has no https binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS has no site &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; install again with the targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No targets given and none remembered for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop, SQL Server, Exchange, WinRM and key access for service accounts are Windows targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hook could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS is not installed on this server (no appcmd.exe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a store (LocalMachine\My or CurrentUser\My)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PFX did not hold the lineage&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule renewal for this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule renewal for this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Let the scheduled renewal check CertCentral…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the scheduled renewal check CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot output of the renewal test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to install the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to copy the certificate files to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command that reloads the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: systemctl reload nginx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install again after every renewal (certbot runs the assistant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install again after every renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS site %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows certificate store only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder, for other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed. Certbot installs it again after every renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new folder&apos;s renewal is not scheduled yet: use &quot;Schedule renewal for this folder&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be installed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LocalMachine\My</source>
        <comment>the machine&apos;s Personal store</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WinRM HTTPS listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a certificate not in the machine store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now a certificate valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Here is what the assistant found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Copy report to send the findings to the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot received the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1
Valid until: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS sites could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Certbot&apos;s default folder: a task that runs plain &quot;certbot renew&quot; renews it too, and so does the assistant&apos;s own task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot renews with &quot;certbot renew --config-dir %1&quot;. A task that runs plain &quot;certbot renew&quot; only covers the default folder, so this folder needs its own scheduled renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates were moved to the new credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old folder %1 was left as it is; the assistant no longer renews it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old folder %1 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal of the new folder is scheduled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking what the server serves…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled: %1 renews %2 twice a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal could not be scheduled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduling renewal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the CertCentral API key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduled renewal runs as SYSTEM and cannot read your own saved keys. Save your CertCentral API key for this computer too, so that each renewal checks CertCentral (validations, approvals, the credential) before Certbot runs?

Only SYSTEM and administrators can read it. A key restricted to View Only is enough; the assistant needs administrator rights to save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the key for the scheduled renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved for the scheduled renewal in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal dry run succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal dry run failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run against DigiCert places a real order, so the assistant did not run one. Certbot lists these certificates for renewal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing renewal…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Certbot is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certbot program was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Certbot (pip install certbot in a Python 3.10 or later environment), or browse to the certbot program if it is installed somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot&apos;s version could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer &quot;--version&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this certbot starts from a command prompt, or choose another installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot is too old for DigiCert ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version %2. External account binding (--eab-kid, --eab-hmac-key) needs 0.29.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Certbot to a current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot was installed with the discontinued Windows installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2) comes from the EFF Windows installer. Its last release was 2.9.0 and it receives no updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still works, but plan to move to a supported installation: Certbot from pip in a Python virtual environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Certbot version breaks certificates on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is version 3.1.0. On Windows it cannot read its own live\ links, so renewals and &quot;certbot certificates&quot; fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade Certbot to 3.2.0 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config directory does not exist yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Certbot creates it on the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not a Certbot config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty and holds none of Certbot&apos;s folders (accounts, renewal, live, archive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick another folder. The assistant never writes to or deletes anything in this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot would ignore the new KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1, registered with KID %2. Certbot would reuse it and silently ignore KID %3, so certificates would keep coming from the old credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new config directory for the new KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing account may make Certbot ignore the KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1 and nothing records which KID it was registered with. If it is not KID %2, Certbot will reuse it and ignore the new KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new config directory, unless this folder was set up with this same credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1 and nothing records which KID it was registered with. DigiCert binds every account to one ACME credential: if it is not KID %2, Certbot will reuse it and silently ignore the new KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new config directory. Only if you are sure this folder was set up with this same credential, confirm it, and the assistant records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts for this ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds %1 complete accounts for %2. Certbot stops with &quot;Please choose an account&quot; when it runs unattended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one account for this server, or pass --account with the one to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incomplete account folder is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks %2, probably left by a failed registration. Certbot skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete account folders are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account folders lack regr.json, private_key.json or meta.json, probably left by failed registrations (the first: %2). Certbot skips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate renews against another ACME server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; renews against %2, not %3. Renewals keep going to the old ACME directory URL and account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it with &quot;certbot renew --cert-name %1 --server &lt;new URL&gt; --force-renewal&quot;, or issue it again in a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiCert&apos;s legacy ACME service is retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses acme.digicert.com, which DigiCert retired on 2026-02-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new ACME directory URL in CertCentral and use it with a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expires on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew or issue it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file; Certbot may fail to renew this certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal configuration file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove this file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file; Certbot may not be able to use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant&apos;s record of KIDs cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it the assistant cannot tell which KID each account uses. Fix the file by hand or remove it; Certbot does not need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config directory cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the assistant as an administrator, or pick another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts folder cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The assistant cannot see which accounts exist, so it cannot tell whether Certbot would ignore the KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder is a link to outside the config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 leads to %2, outside the config directory. The assistant did not look there; Certbot will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the link is intended. To have it inspected, choose the folder it leads to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A renewal&apos;s ACME directory URL was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; have the server %2: the URL ends where an unquoted &quot;&amp;&quot; cut it when the command was typed, so DigiCert does not get the order to renew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it with the assistant, which quotes the URL, or run certbot with the whole URL in double quotes (&quot;...&amp;orderId=...&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate renews with an account that is not here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; name account %2, which is not in this folder&apos;s accounts for %3. Its renewal will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the accounts folder from a backup, or request the certificate again with the assistant (it registers an account with your ACME credential).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate&apos;s files are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; name %2, which does not exist. Certbot treats this certificate as broken and will not renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the folder from a backup, or remove the certificate with &quot;certbot delete --cert-name %1&quot; and request it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; becomes valid only on %2. Until then browsers and servers reject it; the computer&apos;s clock may be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate does not match its private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The private key of certificate &quot;%1&quot; (%2) does not belong to its certificate. A server using this pair cannot start TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the folder from a backup, or renew with &quot;certbot renew --cert-name %1 --force-renewal&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another run is using this config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant is already running Certbot with %1 (in another window or a scheduled task).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until that run ends, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Certbot log contains an HMAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an --eab-hmac-key value in clear text. Anyone who can read it can register accounts with this credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact the logs (the assistant can do it), and consider replacing the ACME credential in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in this folder are not renewed automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled task or timer renews %1. A task running plain &quot;certbot renew&quot; covers only the default folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule renewal for this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal task is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 points at %2, which no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the renewal task again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME directory URL cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and proxy settings of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME account was deactivated or revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server no longer accepts the account in this config directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and remove this config directory, then create a new one with the new credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server does not know this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered that the account does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CertCentral API key is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral did not accept this API key: it may be mistyped, revoked, or made in the other region&apos;s CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new API key in CertCentral and save it in the assistant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation &gt; API Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CertCentral API key lacks a permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the key&apos;s user a role that may view orders, domains and organizations, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and proxy settings, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy or firewall answered instead of CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer to the CertCentral check was not from CertCentral: %1. The API key was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the network team to allow HTTPS to the CertCentral API (www.digicert.com/services/v2, or certcentral.digicert.eu) from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME directory URL was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME credential &quot;%1&quot; is revoked in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automation &gt; ACME Directory URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME credential was not found in CertCentral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACME credential named &quot;%1&quot; exists in this CertCentral account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name of the ACME directory URL in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization is not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization &quot;%1&quot; has no active %2 validation. CertCentral will not issue, and Certbot ends with a timeout error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Organizations and check the organization&apos;s validation status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &gt; Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s validation expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %2 validation of organization &quot;%1&quot; ends on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Organizations and revalidate the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is not under any domain of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by any domain in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the domain in CertCentral (Certificates &gt; Domains) and validate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &gt; Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ACME challenge is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential &quot;%1&quot; issues %2 certificates and CertCentral has validated every name. DigiCert then asks for no ACME challenge, so port 80 and name resolution on this server do not matter for issuing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: Certbot can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name will be validated by an ACME challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &quot;%1&quot; (for %2) is not prevalidated in CertCentral. DigiCert validates it through an ACME challenge when Certbot runs, so this server must answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the next step (this server), or prevalidate the domain in CertCentral so that no challenge is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain &quot;%1&quot; (for %2) has no active validation. Certbot ends with a timeout error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and complete the domain&apos;s validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s validation expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation of domain &quot;%1&quot; ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and revalidate the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain validation ends before the next renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validation of %1 can be used until %2 (days left: %3), but Certbot will renew %4 on %5. That renewal would wait for validation and can end in a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and revalidate %1 before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate request is waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 for %2 is pending since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the request (the assistant can), or in CertCentral go to Certificates &gt; Requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates &gt; Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate request has waited more than 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 for %2 is pending since %3. The ACME order has timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve or reject the request, then run Certbot again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests may need manual approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether ACME requests are approved automatically cannot be read through the API, and the API key&apos;s user (%1) is not an Administrator or Manager, whose requests are the only ones the skip setting applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps and select &quot;Skip approval step: remove the approval step from your certificate order processes&quot;. The ACME credential must belong to an Administrator or Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether ACME requests are approved automatically cannot be read through the API. Requests are waiting for approval (%1), so approval is probably not skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In CertCentral, go to Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps and select &quot;Skip approval step: remove the approval step from your certificate order processes&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP port is in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is taken%2, so Certbot&apos;s standalone web server cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the program using the port while Certbot runs, or use the webroot method with the running web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant is not running as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot on Windows needs administrator rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the assistant as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be looked up in DNS from this server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the DNS records: for the HTTP challenge the name must point at this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot received the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1, valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot did not issue: the certificate is not due for renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot kept the existing certificate. Its renewal settings still point at the old ACME directory URL and account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move it to the new credential, run renew with --cert-name, --server and --force-renewal, or issue it in a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires external account binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot tried to register without a KID and HMAC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the KID and HMAC key of the ACME directory URL from CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server refused the registration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the KID again from CertCentral; if the ACME directory URL was revoked, create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key does not match the KID, or is not a valid key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the HMAC key again from CertCentral, exactly as shown, without quotes or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot stopped at &quot;Please choose an account&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The config directory holds several accounts for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot may not open the HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as administrator; on Windows the port may also be reserved by http.sys (netsh http show urlacl).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain validation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the names point at this server and that port 80 is reachable from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorizations timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA did not finish the authorizations in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in CertCentral that the organization and domains are validated and that no request waits for approval, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing the certificate timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order was not finalized in time (Certbot waits 90 seconds by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in CertCentral for a request waiting for approval and that the organization and domains are validated, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot could not reach the ACME server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server&apos;s certificate was not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a company proxy inspects TLS, give Certbot its CA with the REQUESTS_CA_BUNDLE environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server is limiting requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another instance of Certbot holds the lock on this config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it to finish (a scheduled renewal may be running), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again when you are ready; the findings above show how far it got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot was stopped after %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and CertCentral (pending approvals), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant did not start Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot would do the wrong thing with this config directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the findings listed, usually by choosing a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME directory URL is in another region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is DigiCert&apos;s ACME host for the %2 region, but the CertCentral account is in the %3 region. A credential works only in its own region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the ACME directory URL CertCentral shows with the credential, or the base URL https://one.digicert.com/mpki/api/v1/acme/v2/directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot could not get through the proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set HTTPS_PROXY for the account that runs Certbot (the scheduled renewal task too), with the user name and password if the proxy asks for them (407), or have the proxy let this server reach the ACME server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server rejected the request as a replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the one-time value (nonce) Certbot sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again; one such refusal can happen. If it repeats, a proxy or load balancer between this server and the ACME server is caching or altering its answers: exempt the ACME server&apos;s address from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server refused how the account binding is signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot signs the external account binding with HS256 only. DigiCert accepts it, so check that the ACME directory URL is DigiCert&apos;s; for another CA, use a client that supports the algorithm it requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot stopped to ask for a setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a person (-n, or a scheduled task), Certbot needs every answer on its command line or in its configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the command the assistant builds (it passes every setting), or add what is named: for example --email ADDRESS or --register-unsafely-without-email, --agree-tos, -d NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server refused to register the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME credential (KID and HMAC key) was refused. In CertCentral, check that it is active and not revoked or expired, and that this is its directory URL; if it was revoked, create a new credential and register with it in a new config directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refused a file operation Certbot needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the config directory on a local NTFS drive (not a network share, FAT or exFAT), and run Certbot from a command prompt started as administrator: Certbot sets owners and makes links there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; was installed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installing certificate &quot;%1&quot; to %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the assistant as administrator (the machine&apos;s certificate store and HTTPS bindings need it) and check that the target exists; then install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS binding to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no HTTPS binding on this server yet, so nothing was pointed at the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the https binding in IIS Manager (or with netsh http add sslcert) once, choosing the new certificate; later renewals update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still serves the old certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serves certificate %3 (expires %5), not the new one of &quot;%2&quot; (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the binding at the new certificate (IIS Manager &gt; Site &gt; Bindings &gt; https), or restart the service that serves it; then install again to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The served certificate could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the site runs and that this server can reach %1; the certificate may still be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate in the Windows store expires unrenewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate for %2 in %1 expires on %3 (thumbprint %4), and no certbot certificate on this server covers these names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a site or service still uses it, get a certificate for these names with the assistant and install it there; otherwise remove it from the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot could not renew a certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewing &quot;%1&quot; in %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the assistant on this server and check this folder (or run certbot-assistant diagnose --config-dir with the folder): the finding there names the cause and its fix. The certificate keeps working until it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Certbot&apos;s output and log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail settings cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. The renewal ran all the same; no e-mail can be sent until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them again with &quot;certbot-assistant notify set&quot;, or remove them with &quot;certbot-assistant notify clear&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to install certificates is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. Certificates renewed in this folder are not installed for the server again until this is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate again from the assistant&apos;s Done page, or with &quot;certbot-assistant deploy&quot; and its targets: the file is written anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others can read the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has mode %2: users other than its owner and group can read the certificate&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install without --allow-readable-key unless the service needs it; 640 with the service&apos;s group is enough for most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate breaks the X.509 rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. Windows, browsers and other clients may refuse it; DigiCert never issues such a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out where the file came from, and request the certificate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You chose to go on without CertCentral (%1). Organization and domain validation and waiting requests are not known: if one holds the order back, Certbot ends with a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a working CertCentral API key and check again before you run Certbot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot&apos;s log cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. When the certificates were last renewed is not known, and the file may hold an HMAC key the assistant cannot check for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the assistant as an administrator (or root), or check the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server in renewal settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded KID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KID of an interrupted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account&apos;s region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate cannot be moved unattended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the manual authenticator without an authentication hook: Certbot would wait for someone to put each challenge in place by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue it again in the new folder with the wizard, or give it a --manual-auth-hook first; the other certificates can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This certificate&apos;s settings cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewal settings or the certificate of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix or remove this certificate in the old folder, then run the move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A setting is not carried to the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 = %3 is not carried over; the assistant does not know how to set it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the move, set it again for this certificate in the new folder if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The installer plugin is not carried to the new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was installed by the %2 plugin. The move orders it with certonly, which installs nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the move, install it with &quot;certbot-assistant deploy&quot; or &quot;certbot install&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webroot folder is recorded for a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses the webroot method, but its renewal settings name no folder for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew it once in the old folder with -w for that name, or issue it again in the new folder with the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate moved to the new credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was issued again in %2 with KID %3, with its renewal settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move stopped before every certificate moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped at %1. Moved: %2. Not moved yet: %3. The old folder was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the findings above name, then run the same move again: it goes on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The move did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check before the first order failed (see the findings above). Nothing was ordered; the old folder was left as it is. Not moved yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix what the findings above name, then run the same move again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service to install for is not on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was asked for, but this server has no such service or setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the name (for SQL Server, the instance name as SQL Server Configuration Manager shows it), or leave this target out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service could not be pointed at the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still uses its previous certificate: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the assistant as administrator and install again; the previous certificate stays in the store until every service has moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service&apos;s certificate setting did not change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was set to the new certificate, but reading it back still shows another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A policy may set it (Group Policy for Remote Desktop); change it there, or run the assistant as administrator and install again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the service to use the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now names the new certificate; the %2 service reads it only when it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the %2 service at a quiet time, or install with --restart to restart it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service pointed at the new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now uses certificate %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account to give key access to is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an account Windows knows on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account as Windows shows it (DOMAIN\user, NT Service\MSSQLSERVER) or as a SID (S-1-5-…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service account cannot read the private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read access to the private key could not be given to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the assistant as administrator and install again; without it the service cannot use the certificate (SQL Server does not start, Remote Desktop keeps a self-signed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous certificate was kept: something still uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 stays in the store: %2 still uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point that service at the new certificate; the next renewal removes the old one once nothing uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no previous certificate to go back to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier certificate of %1 is remembered, or it is no longer in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the certificate again, or choose it by hand in each service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services pointed back at the previous certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now use certificate %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out why the new certificate did not work before the previous one expires; renewals install the newest one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachineKey</name>
    <message>
        <source>The machine&apos;s CertCentral API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator (Windows) or root (Linux) can store or delete the API key the scheduled renewal uses. Run this again as administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than 4 KiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay name &quot;%1&quot; is not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give 1 to %1 recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipients must be a list of e-mail addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the relay&apos;s certificate was not accepted (%2); nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFF Windows installer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>included with the assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python virtual environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux distribution package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo mode: its runs are played back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <source>The assistant&apos;s record %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;accounts&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account entry lacks server, eab_kid or account_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;pending&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pending entry lacks server, eab_kid or started_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link; the assistant does not follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1, line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not usable JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move the certificates to the new credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each certificate of %1 is ordered again in %2 with the credential of profile %3: the same names and settings. The old folder is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>DigiCert will see %n new order(s).</source>
        <translation>
            <numerusform>DigiCert will see %n new order.</numerusform>
            <numerusform>DigiCert will see %n new orders.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will be ordered again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Certificates on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: validated until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scheduled task</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n domain validation(s) end before the renewal that needs them: choose Check an existing setup.</source>
        <translation>
            <numerusform>%n domain validation ends before the renewal that needs it: choose Check an existing setup.</numerusform>
            <numerusform>%n domain validations end before the renewals that need them: choose Check an existing setup.</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) failed to renew last time: choose Check an existing setup.</source>
        <translation>
            <numerusform>%n certificate failed to renew last time: choose Check an existing setup.</numerusform>
            <numerusform>%n certificates failed to renew last time: choose Check an existing setup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found.</source>
        <translation>
            <numerusform>%n certificate found.</numerusform>
            <numerusform>%n certificates found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for new config directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profiles could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read (%2). It was kept as %3; the assistant starts with no profiles. Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, spaces and . @ ( ) - _ (at most 64): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The task scheduler reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a character a scheduled task cannot keep (a line break or another control character; in the program&apos;s own path also a quote or a backslash); rename the folder, or use a link to it without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot installations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command (HMAC key masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of the last certbot run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done in this session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what will run. Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certbot command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for &amp;cmd.exe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for cmd.exe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for &amp;PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy for a &amp;shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command for a POSIX shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot registers a new ACME account with KID %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot uses the account already in %1 (registered with KID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral has validated every name, so DigiCert asks for no challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It proves control of the names by answering on port %1 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It proves control of the names with files in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then it requests a certificate for %1 from %2. The HMAC key is passed in a temporary file that only you can read, removed when Certbot ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>three sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It waits up to %n minute(s) for DigiCert to issue the certificate (an approval can take that long; Certbot&apos;s own limit is 90 seconds).</source>
        <translation>
            <numerusform>It waits up to %n minute for DigiCert to issue the certificate (an approval can take that long; Certbot&apos;s own limit is 90 seconds).</numerusform>
            <numerusform>It waits up to %n minutes for DigiCert to issue the certificate (an approval can take that long; Certbot&apos;s own limit is 90 seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is on the clipboard (the HMAC key is masked in it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode writes only inside its sample folder %1; choose a config directory there instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Certbot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot is talking to the ACME server. This takes a few seconds to a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot is running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Certbot now? Nothing is lost: you can run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping Certbot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you stopped Certbot here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopped here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stopped Certbot. Nothing is lost: choose Try again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot stopped before a certificate was issued. The findings below say why and how to fix it; then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant did not start Certbot. Fix the findings below first, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot received the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot did not get a certificate: fix what the findings above name, then choose Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory only (demo mode: forgotten when the assistant closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable keyring was found, so the key cannot be stored safely. On Linux, install and unlock a Secret Service provider such as GNOME Keyring. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in again or open the keyring) and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key is stored for %1. Enter it again from CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is %1 characters long; %2 accepts at most %3. Check that only the key was pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow the assistant to use it and retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>This server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiCert checks the names over HTTP: Certbot either answers on port 80 itself (standalone) or puts a file into your web server&apos;s folder (webroot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standalone: Certbot&apos;s own web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webroot: a folder the running web server serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webroot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web root folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the web root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web &amp;root:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the web root folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use webroot instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the web root folder, or choose Standalone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web root folder %1 does not exist on this server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>&amp;Get a new certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assistant checks Certbot, your ACME credential, the config directory, CertCentral and this server, then runs Certbot and shows the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates are still issued under the &amp;old ACME directory URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot keeps one ACME account per config directory and ACME server. When the folder already holds an account, Certbot reuses it and silently ignores the new KID and HMAC key, so certificates keep coming from the old credential. The assistant finds that account and sets up a new config directory for the new KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ACME directory URL was &amp;revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A revoked ACME directory URL disables the account Certbot registered with it, and Certbot keeps using that account from its config directory. DigiCert&apos;s fix is to remove that config directory and start a new one; the assistant backs it up first and checks the backup before anything is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certbot ends with a &amp;timeout error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CertCentral holds the order back when the organization or a domain is not validated, or when the request waits for approval (more than 24 hours, or more than 90 seconds for Certbot). The assistant checks each of these in CertCentral and lets you approve a waiting request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check an existing setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is changed: the assistant looks at Certbot, the config directory and CertCentral and lists what it finds, with a report for the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your situation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what brings you here; the assistant takes the steps that apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigiCert: troubleshooting third-party ACME clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser opened. The address is on the clipboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days left)</source>
        <translation>
            <numerusform>%1 (%n day left)</numerusform>
            <numerusform>%1 (%n days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>none logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2; does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renewal date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews between %1 and %2 (the CA&apos;s renewal window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renews on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>DEMO MODE
nothing reaches DigiCert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the ACME directory URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL contains spaces or line breaks. Copy it again from CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME directory URL must start with https:// (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL; ACME uses the KID and HMAC key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme.digicert.com is DigiCert&apos;s retired ACME service. Create a new ACME directory URL in CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotation marks around the KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KID contains spaces. Copy only the KID from CertCentral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KID contains characters that cannot be part of a KID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the HMAC key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the quotation marks: paste only the HMAC key itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key contains spaces or line breaks. Copy it again in one piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an HMAC key: it must consist of letters, digits, - and _ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key cannot be decoded. Copy it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HMAC key is too short (%1 bytes). Copy the whole key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter only the domain name, without https:// or a path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A * is allowed only as the whole first label, as in *.example.com: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a domain name, not an IP address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid domain name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain name is longer than 253 characters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full path, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a system folder. Choose a folder of its own, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organization requires the ACME directory URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
