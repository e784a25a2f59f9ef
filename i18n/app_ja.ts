<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Assistant</name>
    <message>
        <source>Demo mode changes only its own sample folder %1. %2 is outside it; choose a folder inside the sample folder.</source>
        <translation>デモモードで変更するのはサンプルフォルダー %1 の中だけです。%2 はその外にあります。サンプルフォルダーの中のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Demo mode plays Certbot back and starts no program; %1 was not started. Leave demo mode to use it.</source>
        <translation>デモモードでは Certbot の動作を再生するだけで、プログラムは起動しません。%1 は起動していません。使うにはデモモードを終了してください。</translation>
    </message>
</context>
<context>
    <name>AssistantPage</name>
    <message>
        <source>Work in progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Stop the current step</source>
        <translation>現在の処理を中止</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>直前に行われたこと</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log file; use Copy report for the help desk.</source>
        <translation>予期しないエラーが発生しました。詳細はログファイルに記録されています。ヘルプデスクには [レポートをコピー] を使用してください。</translation>
    </message>
    <message>
        <source>Fill in the fields above to go on.</source>
        <translation>続行するには、上の項目を入力してください。</translation>
    </message>
    <message>
        <source>Next is unavailable until “%1” is fixed (see above).</source>
        <translation>「%1」を修正するまで [次へ] は使用できません (上を参照)。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>AssistantWizard</name>
    <message>
        <source>Copy the diagnostic report</source>
        <translation>診断レポートをコピー</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>ACME credential</source>
        <translation>ACME 資格情報</translation>
    </message>
    <message>
        <source>CertCentral</source>
        <translation>CertCentral</translation>
    </message>
    <message>
        <source>This server</source>
        <translation>このサーバー</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>内容の確認</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>レポートをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Set by your organization</source>
        <translation>組織のポリシーで設定されています</translation>
    </message>
    <message>
        <source>current step</source>
        <translation>現在のステップ</translation>
    </message>
    <message>
        <source>has a problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>Certbot</source>
        <translation>Certbot</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリ URL</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>CertCentral credential</source>
        <translation>CertCentral の資格情報</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation>設定ディレクトリ</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>資格情報マネージャー</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into the ticket.</source>
        <translation>レポートをクリップボードにコピーしました。チケットに貼り付けてください。</translation>
    </message>
    <message>
        <source>Certbot is still running. Stop it and close the assistant?</source>
        <translation>Certbot はまだ実行中です。停止してアシスタントを閉じますか?</translation>
    </message>
    <message>
        <source>Close the assistant? Nothing has been changed by this step.</source>
        <translation>アシスタントを閉じますか? このステップではまだ何も変更されていません。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>The backup could not be made.</source>
        <translation>バックアップを作成できませんでした。</translation>
    </message>
    <message>
        <source>The backup was stopped. Nothing was removed.</source>
        <translation>バックアップを停止しました。何も削除されていません。</translation>
    </message>
    <message>
        <source>The backup %1 is complete and verified, but %2 could not be removed completely (%3). Remove what is left by hand; everything that was in it is in the backup.</source>
        <translation>バックアップ %1 は作成され、検証も済んでいますが、%2 を完全には削除できませんでした (%3)。残っているものは手動で削除してください。中身はすべてバックアップにあります。</translation>
    </message>
    <message>
        <source>%1 is not a certbot config directory.</source>
        <translation>%1 は Certbot の設定ディレクトリではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read, so it cannot be backed up: %2</source>
        <translation>%1 を読み取れないため、バックアップできません: %2</translation>
    </message>
    <message>
        <source>The backup must not be written inside the folder being removed.</source>
        <translation>削除するフォルダーの中にはバックアップを保存できません。</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>バックアップ %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: %2</source>
        <translation>バックアップ %1 が破損しています: %2</translation>
    </message>
    <message>
        <source>The backup %1 does not match the original: %2 differs.</source>
        <translation>バックアップ %1 が元のファイルと一致しません: %2 が異なります。</translation>
    </message>
    <message>
        <source>The backup %1 could not be read back: %2</source>
        <translation>バックアップ %1 を読み戻せませんでした: %2</translation>
    </message>
</context>
<context>
    <name>CertCentral</name>
    <message>
        <source>CertCentral URL is not a valid URL: %1</source>
        <translation>CertCentral の URL が正しくありません: %1</translation>
    </message>
    <message>
        <source>CertCentral URL must be https (http only on loopback): %1</source>
        <translation>CertCentral の URL は https で指定してください (http はループバックのみ): %1</translation>
    </message>
</context>
<context>
    <name>CertCentralPage</name>
    <message>
        <source>CertCentral</source>
        <translation>CertCentral</translation>
    </message>
    <message>
        <source>Before Certbot runs, check that DigiCert will issue: the credential, the organization and domain validation, and requests waiting for approval.</source>
        <translation>Certbot を実行する前に、DigiCert が証明書を発行できるかを確認します。資格情報、組織とドメインの認証、承認待ちの申請を確認します。</translation>
    </message>
    <message>
        <source>CertCentral API key</source>
        <translation>CertCentral の API キー</translation>
    </message>
    <message>
        <source>CertCentral API key (Automation &gt; API Keys)</source>
        <translation>CertCentral の API キー ([自動化]&gt;[API キー])</translation>
    </message>
    <message>
        <source>Save &amp;key</source>
        <translation>キーを保存(&amp;K)</translation>
    </message>
    <message>
        <source>Save the API key in the keyring</source>
        <translation>API キーを資格情報マネージャーに保存</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Check CertCentral again</source>
        <translation>CertCentral を再確認</translation>
    </message>
    <message>
        <source>Without an API key the assistant cannot look into CertCentral. You can continue, but timeouts (organization, domains, approvals) will only show when Certbot runs.</source>
        <translation>API キーがないと、アシスタントは CertCentral を確認できません。このまま続行できますが、タイムアウトの原因 (組織、ドメイン、承認) は Certbot の実行時にしかわかりません。</translation>
    </message>
    <message>
        <source>Reading the API key from the keyring…</source>
        <translation>資格情報マネージャーから API キーを読み取っています…</translation>
    </message>
    <message>
        <source>The API key is stored in the keyring.</source>
        <translation>API キーは資格情報マネージャーに保存されています。</translation>
    </message>
    <message>
        <source>Enter a CertCentral API key to check the account (optional).</source>
        <translation>アカウントを確認するには CertCentral の API キーを入力してください (省略可)。</translation>
    </message>
    <message>
        <source>Saving the API key in the keyring…</source>
        <translation>API キーを資格情報マネージャーに保存しています…</translation>
    </message>
    <message>
        <source>Checking CertCentral: the API key…</source>
        <translation>CertCentral を確認しています: API キー…</translation>
    </message>
    <message>
        <source>Checking CertCentral: the ACME credential…</source>
        <translation>CertCentral を確認しています: ACME 資格情報…</translation>
    </message>
    <message>
        <source>Checking CertCentral: organization validation…</source>
        <translation>CertCentral を確認しています: 組織の認証…</translation>
    </message>
    <message>
        <source>Checking CertCentral: domains…</source>
        <translation>CertCentral を確認しています: ドメイン…</translation>
    </message>
    <message>
        <source>Checking CertCentral: pending requests…</source>
        <translation>CertCentral を確認しています: 承認待ちの申請…</translation>
    </message>
    <message>
        <source>Checked as %1 (%2).</source>
        <translation>%1 (%2) として確認しました。</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Open CertCentral</source>
        <translation>CertCentral を開く</translation>
    </message>
    <message>
        <source>Copy the menu path</source>
        <translation>メニューの場所をコピー</translation>
    </message>
    <message>
        <source>CertCentral is ready: nothing holds the order back.</source>
        <translation>CertCentral の準備はできています。オーダーを妨げるものはありません。</translation>
    </message>
    <message>
        <source>Enter another key</source>
        <translation>別のキーを入力</translation>
    </message>
    <message>
        <source>Restore the demo key</source>
        <translation>デモのキーに戻す</translation>
    </message>
    <message>
        <source>Go on without CertCentral</source>
        <translation>CertCentral を確認せずに続行</translation>
    </message>
    <message>
        <source>No web browser opened. The address is on the clipboard: %1</source>
        <translation>Web ブラウザーが開きませんでした。アドレスをクリップボードにコピーしました: %1</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>コピーしました: %1</translation>
    </message>
    <message>
        <source>Approve request %1?</source>
        <translation>申請 %1 を承認しますか?</translation>
    </message>
    <message>
        <source>Reject request %1?</source>
        <translation>申請 %1 を却下しますか?</translation>
    </message>
    <message>
        <source>Names: %1
Product: %2
Organization: %3
Requested by: %4
Submitted: %5</source>
        <translation>ドメイン名: %1
製品: %2
組織: %3
申請者: %4
申請日時: %5</translation>
    </message>
    <message>
        <source>Certificate request</source>
        <translation>証明書申請</translation>
    </message>
    <message>
        <source>Approved with the Certbot Assistant</source>
        <translation>Certbot Assistant で承認しました</translation>
    </message>
    <message>
        <source>Rejected with the Certbot Assistant</source>
        <translation>Certbot Assistant で却下しました</translation>
    </message>
    <message>
        <source>Request %1 approved in CertCentral.</source>
        <translation>CertCentral で申請 %1 を承認しました。</translation>
    </message>
    <message>
        <source>Request %1 rejected in CertCentral.</source>
        <translation>CertCentral で申請 %1 を却下しました。</translation>
    </message>
    <message>
        <source>Updating the request…</source>
        <translation>申請を更新しています…</translation>
    </message>
    <message>
        <source>Reading the request…</source>
        <translation>申請を読み取っています…</translation>
    </message>
</context>
<context>
    <name>CertCentralRoles</name>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>マネージャー</translation>
    </message>
    <message>
        <source>Finance Manager</source>
        <translation>財務マネージャー</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Limited User</source>
        <translation>制限付きユーザー</translation>
    </message>
</context>
<context>
    <name>CertbotPage</name>
    <message>
        <source>Certbot</source>
        <translation>Certbot</translation>
    </message>
    <message>
        <source>The assistant drives your own Certbot. Choose the one to use for this setup.</source>
        <translation>アシスタントはお使いの Certbot を実行します。この設定で使用する Certbot を選択してください。</translation>
    </message>
    <message>
        <source>Certbot installations</source>
        <translation>検出された Certbot</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>インストール方法</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Scan &amp;again</source>
        <translation>再スキャン(&amp;A)</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>再スキャン</translation>
    </message>
    <message>
        <source>Br&amp;owse for certbot…</source>
        <translation>certbot を参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse for certbot</source>
        <translation>certbot を参照</translation>
    </message>
    <message>
        <source>Looking for Certbot on this computer…</source>
        <translation>このコンピューターで Certbot を探しています…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message>
        <source>Choose the certbot program</source>
        <translation>certbot プログラムを選択</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No Certbot was found. Install it with pip in a Python 3.10 or later environment (%1), then choose Scan again, or Browse for certbot if it is somewhere else.</source>
        <translation>Certbot が見つかりませんでした。Python 3.10 以降の環境に pip でインストール (%1) してから [再スキャン] を選択するか、別の場所にある場合は [certbot を参照] で指定してください。</translation>
    </message>
    <message>
        <source>Choose a Certbot in the list above, or Browse for one.</source>
        <translation>上の一覧から Certbot を選択するか、[certbot を参照] で指定してください。</translation>
    </message>
    <message>
        <source>This Certbot still works, but its installer is no longer maintained; plan a move to Certbot from pip.</source>
        <translation>この Certbot は現在も動作しますが、インストーラーの保守は終了しています。pip でインストールする Certbot への移行を計画してください。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>ERROR</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>INFO</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Or move every certificate of the folder to the new credential at once: certbot-assistant migrate --from FOLDER --to NEW-FOLDER --profile NAME --plan</source>
        <translation>または、フォルダーのすべての証明書を一度に新しい資格情報へ移します: certbot-assistant migrate --from FOLDER --to NEW-FOLDER --profile NAME --plan</translation>
    </message>
    <message>
        <source>Set by your organization (%1):</source>
        <translation>組織のポリシーによる設定 (%1):</translation>
    </message>
    <message>
        <source>%1: %2 (locked)</source>
        <translation>%1: %2 (変更不可)</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>無視された値: %1</translation>
    </message>
    <message>
        <source>%1 is set by your organization to %2 and cannot be changed</source>
        <translation>%1 は組織のポリシーで %2 に設定されているため、変更できません</translation>
    </message>
    <message>
        <source>your organization keeps new config directories in %1</source>
        <translation>組織のポリシーにより、新しい設定ディレクトリは %1 の中に作成する必要があります</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完全</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>不完全</translation>
    </message>
    <message>
        <source>KID not recorded</source>
        <translation>KID の記録なし</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Certbot</source>
        <translation>Certbot</translation>
    </message>
    <message>
        <source>--certcentral needs --profile</source>
        <translation>--certcentral には --profile が必要です</translation>
    </message>
    <message>
        <source>HMAC key (input hidden): </source>
        <translation>HMAC 鍵 (入力は表示されません): </translation>
    </message>
    <message>
        <source>No profiles yet. Add one with: certbot-assistant profiles add</source>
        <translation>プロファイルはまだありません。certbot-assistant profiles add で追加してください。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリ URL</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation>CertCentral のリージョン</translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation>設定ディレクトリ</translation>
    </message>
    <message>
        <source>ACME credential name</source>
        <translation>ACME 資格情報の名前</translation>
    </message>
    <message>
        <source>HMAC key in the keyring</source>
        <translation>資格情報マネージャー内の HMAC 鍵</translation>
    </message>
    <message>
        <source>no terminal to ask for the HMAC key; pipe it in with --hmac-stdin</source>
        <translation>HMAC 鍵を尋ねる端末がありません。--hmac-stdin で標準入力から渡してください</translation>
    </message>
    <message>
        <source>--server is needed: your organization set no ACME URL</source>
        <translation>--server を指定してください (組織のポリシーに ACME ディレクトリ URL の設定がありません)</translation>
    </message>
    <message>
        <source>Profile removed.</source>
        <translation>プロファイルを削除しました。</translation>
    </message>
    <message>
        <source>Profile saved. The HMAC key is in %1.</source>
        <translation>プロファイルを保存しました。HMAC 鍵は %1 に保存されています。</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行するコマンド: %1</translation>
    </message>
    <message>
        <source>Certbot was not started:</source>
        <translation>Certbot は起動されませんでした:</translation>
    </message>
    <message>
        <source>API key deleted.</source>
        <translation>API キーを削除しました。</translation>
    </message>
    <message>
        <source>CertCentral API key (input hidden): </source>
        <translation>CertCentral の API キー (入力は表示されません): </translation>
    </message>
    <message>
        <source>no terminal; use --stdin</source>
        <translation>端末がありません。--stdin を使ってください</translation>
    </message>
    <message>
        <source>the API key is empty or has spaces</source>
        <translation>API キーが空か、空白を含んでいます</translation>
    </message>
    <message>
        <source>API key saved for the scheduled renewal in %1 (SYSTEM and administrators only). A key restricted to View Only is enough for its checks.</source>
        <translation>自動更新用の API キーを %1 に保存しました (SYSTEM と管理者のみ読み取れます)。確認に必要なのは [表示のみ] に制限したキーで十分です。</translation>
    </message>
    <message>
        <source>API key saved in %1.</source>
        <translation>API キーを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>No pending requests.</source>
        <translation>承認待ちの申請はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Move %n certificate(s) from %1 to %2 with profile %3:</source>
        <translation>
            <numerusform>%n 件の証明書を %1 から %2 へ、プロファイル %3 で移します:</numerusform>
        </translation>
    </message>
    <message>
        <source>already moved</source>
        <translation>移動済み</translation>
    </message>
    <message>
        <source>will be ordered again</source>
        <translation>もう一度オーダーします</translation>
    </message>
    <message>
        <source>cannot be moved</source>
        <translation>移せません</translation>
    </message>
    <message>
        <source>    names: %1</source>
        <translation>    ドメイン名: %1</translation>
    </message>
    <message>
        <source>    method: %1</source>
        <translation>    認証方法: %1</translation>
    </message>
    <message>
        <source>    installed again where it is installed now</source>
        <translation>    現在のインストール先にもう一度インストールします</translation>
    </message>
    <message numerus="yes">
        <source>DigiCert will see %n new order(s).</source>
        <translation>
            <numerusform>DigiCert には %n 件の新しいオーダーが届きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to are one folder</source>
        <translation>--from と --to が同じフォルダーです</translation>
    </message>
    <message>
        <source>say what happens to the old folder: --archive ZIP or --keep-old</source>
        <translation>古いフォルダーをどうするか指定してください: --archive ZIP または --keep-old</translation>
    </message>
    <message>
        <source>no terminal to confirm; add --yes</source>
        <translation>確かめる端末がありません。--yes を付けてください</translation>
    </message>
    <message>
        <source>Order these certificates again now?</source>
        <translation>これらの証明書を今すぐもう一度オーダーしますか?</translation>
    </message>
    <message>
        <source>Checking CertCentral and this server…</source>
        <translation>CertCentral とこのサーバーを確認しています…</translation>
    </message>
    <message>
        <source>Ordering %1 again…</source>
        <translation>%1 をもう一度オーダーしています…</translation>
    </message>
    <message>
        <source>Approve this request?</source>
        <translation>この申請を承認しますか?</translation>
    </message>
    <message>
        <source>Reject this request?</source>
        <translation>この申請を却下しますか?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Request %1 approved.</source>
        <translation>申請 %1 を承認しました。</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>申請 %1 を却下しました。</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>申請 %1 はありません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (disabled)</source>
        <translation>%1: %2 (無効)</translation>
    </message>
    <message>
        <source>No scheduled task renews it.</source>
        <translation>このフォルダーの証明書を更新するスケジュールされたタスクはありません。</translation>
    </message>
    <message>
        <source>The renewal task was removed.</source>
        <translation>更新タスクを削除しました。</translation>
    </message>
    <message>
        <source>There was no renewal task to remove.</source>
        <translation>削除する更新タスクはありませんでした。</translation>
    </message>
    <message>
        <source>Scheduled: %1 renews %2 twice a day.</source>
        <translation>スケジュールしました: %1 が 1 日 2 回 %2 を更新します。</translation>
    </message>
    <message>
        <source>It runs: %1</source>
        <translation>実行されるコマンド: %1</translation>
    </message>
    <message>
        <source>A dry run against DigiCert places a real order, so the assistant does not run one. These are the certificates Certbot would renew:</source>
        <translation>DigiCert に対するドライランは実際のオーダーになるため、アシスタントは実行しません。Certbot が更新する証明書は次のとおりです:</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 はフォルダーではありません</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n HMAC key value(s). Log files changed: %1.</source>
        <translation>
            <numerusform>HMAC 鍵の値を %n 件置き換えました。変更したログファイル: %1 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed: %1 (%2)</source>
        <translation>変更できませんでした: %1 (%2)</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>バージョン不明</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>%1 (see --help)</source>
        <translation>%1 (--help を参照)</translation>
    </message>
    <message>
        <source>unknown demo scenario %1 (choose from %2)</source>
        <translation>不明なデモ シナリオ %1 です (選べるのは %2)</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The details are in the log folder: %1</source>
        <translation>予期しないエラーが発生しました。詳細はログ フォルダーにあります: %1</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>中断しました。</translation>
    </message>
    <message>
        <source>Stopping (%1)…</source>
        <translation>停止しています (%1)…</translation>
    </message>
    <message numerus="yes">
        <source>Back up %1 (%n file(s)) to %2 and then remove it?</source>
        <translation>
            <numerusform>%1 (%n 個のファイル) を %2 にバックアップしてから削除しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 files to %2 (verified) and removed %3.</source>
        <translation>%1 個のファイルを %2 にバックアップ (検証済み) し、%3 を削除しました。</translation>
    </message>
    <message>
        <source>Left in place (new or changed): %1</source>
        <translation>残したファイル (新規または変更あり): %1</translation>
    </message>
    <message>
        <source>--mode %1 is not a file mode (octal, 000 to 777)</source>
        <translation>--mode %1 はファイル モードではありません (8 進数、000 から 777)</translation>
    </message>
    <message>
        <source>give --config-dir and --cert-name</source>
        <translation>--config-dir と --cert-name を指定してください</translation>
    </message>
    <message>
        <source>Certbot will run after each renewal: %1</source>
        <translation>更新のたびに Certbot が次を実行します: %1</translation>
    </message>
    <message>
        <source>%1: expires %2; last renewal %3</source>
        <translation>%1: 有効期限 %2、前回の更新 %3</translation>
    </message>
    <message>
        <source>used by: %1</source>
        <translation>使用中: %1</translation>
    </message>
    <message>
        <source>%1: validated until %2</source>
        <translation>%1: %2 まで認証済み</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>未認証</translation>
    </message>
    <message>
        <source>task %1: next run %2</source>
        <translation>タスク %1: 次回実行 %2</translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation>(無効)</translation>
    </message>
    <message>
        <source>Scheduled tasks could not be read: %1</source>
        <translation>スケジュールされたタスクを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>--smtp-host and --to are needed (your organization set none)</source>
        <translation>--smtp-host と --to を指定してください (組織のポリシーに設定がありません)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>保存しました: %1</translation>
    </message>
    <message>
        <source>No e-mail is set up.</source>
        <translation>メール通知は設定されていません。</translation>
    </message>
    <message>
        <source>nothing set up (notify set)</source>
        <translation>何も設定されていません (notify set で設定します)</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>送信できませんでした: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>送信しました。</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>ConfigDir</name>
    <message>
        <source>%1 is locked by process %2</source>
        <translation>%1 はプロセス %2 がロックしています</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>no %1 entry (truncated?); certbot treats this file as broken</source>
        <translation>%1 の項目がありません (途中で切れていますか?)。Certbot はこのファイルを壊れたものとして扱います</translation>
    </message>
    <message>
        <source>no [renewalparams] section (truncated?); certbot skips this file</source>
        <translation>[renewalparams] セクションがありません (途中で切れていますか?)。Certbot はこのファイルを飛ばします</translation>
    </message>
    <message>
        <source>renewalparams is not a section</source>
        <translation>renewalparams がセクションではありません</translation>
    </message>
    <message>
        <source>%1 holds a control character; certbot cannot use it</source>
        <translation>%1 に制御文字が含まれています。Certbot はこれを使えません</translation>
    </message>
    <message>
        <source>server = %1 is not a valid URL (%2)</source>
        <translation>server = %1 は正しい URL ではありません (%2)</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>%1: renewalparams is not a section</source>
        <translation>%1: renewalparams がセクションではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigDirPage</name>
    <message>
        <source>Config directory</source>
        <translation>設定ディレクトリ</translation>
    </message>
    <message>
        <source>Certbot keeps one ACME account per folder. Pick the folder for this credential, or create a new one.</source>
        <translation>Certbot はフォルダーごとに 1 つの ACME アカウントを保持します。この資格情報用のフォルダーを選択するか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Config directories</source>
        <translation>設定ディレクトリ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Create a new folder</source>
        <translation>新しいフォルダーを作成</translation>
    </message>
    <message>
        <source>Create a ne&amp;w folder</source>
        <translation>新しいフォルダーを作成(&amp;W)</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse for a config directory</source>
        <translation>設定ディレクトリを参照</translation>
    </message>
    <message>
        <source>Back up and &amp;remove…</source>
        <translation>バックアップして削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Back up and remove this folder</source>
        <translation>このフォルダーをバックアップして削除</translation>
    </message>
    <message>
        <source>Open the backup&apos;s &amp;folder</source>
        <translation>バックアップのフォルダーを開く(&amp;F)</translation>
    </message>
    <message>
        <source>Open the folder with the backup</source>
        <translation>バックアップがあるフォルダーを開く</translation>
    </message>
    <message>
        <source>DigiCert&apos;s scenario 2, a revoked ACME directory URL: the account Certbot registered with the revoked credential stays in its config directory, and Certbot keeps using it. Back that folder up and remove it (Back up and remove…), or leave it alone and create a new folder for the new credential.</source>
        <translation>DigiCert のシナリオ 2 (ACME ディレクトリ URL が取り消された): 取り消された資格情報で Certbot が登録したアカウントは設定ディレクトリに残り、Certbot はそれを使い続けます。そのフォルダーをバックアップして削除する ([バックアップして削除…]) か、そのままにして新しい資格情報用の新しいフォルダーを作成してください。</translation>
    </message>
    <message>
        <source>No file manager opened. The folder is on the clipboard: %1</source>
        <translation>ファイルマネージャーが開きませんでした。フォルダーをクリップボードにコピーしました: %1</translation>
    </message>
    <message>
        <source>Reading the config directories…</source>
        <translation>設定ディレクトリを読み取っています…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題あり</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 (Certbot&apos;s default)</source>
        <translation>%1 (Certbot の既定)</translation>
    </message>
    <message>
        <source>Redact the logs</source>
        <translation>ログから鍵を消去</translation>
    </message>
    <message>
        <source>Back up and remove…</source>
        <translation>バックアップして削除…</translation>
    </message>
    <message>
        <source>It is the same credential…</source>
        <translation>同じ資格情報で設定済み…</translation>
    </message>
    <message numerus="yes">
        <source>Move all %n certificate(s) to this credential…</source>
        <translation>
            <numerusform>%n 件の証明書をすべてこの資格情報に移す…</numerusform>
        </translation>
    </message>
    <message>
        <source>This folder does not exist yet; Certbot creates it on the first run.</source>
        <translation>このフォルダーはまだ存在しません。初回の実行時に Certbot が作成します。</translation>
    </message>
    <message>
        <source>Account for %1: KID %2</source>
        <translation>%1 のアカウント: KID %2</translation>
    </message>
    <message>
        <source>Account for %1: KID %2 (incomplete, ignored by Certbot)</source>
        <translation>%1 のアカウント: KID %2 (不完全なため Certbot は使用しません)</translation>
    </message>
    <message>
        <source>Account for %1: no KID recorded</source>
        <translation>%1 のアカウント: KID の記録なし</translation>
    </message>
    <message>
        <source>Account for %1: no KID recorded (incomplete, ignored by Certbot)</source>
        <translation>%1 のアカウント: KID の記録なし (不完全なため Certbot は使用しません)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Certificate %1: expires %2, renews at %3</source>
        <translation>証明書 %1: 有効期限 %2、更新先 %3</translation>
    </message>
    <message>
        <source>No accounts and no certificates yet.</source>
        <translation>アカウントも証明書もまだありません。</translation>
    </message>
    <message>
        <source>Choose a certbot config directory</source>
        <translation>Certbot の設定ディレクトリを選択</translation>
    </message>
    <message>
        <source>Your organization keeps new config directories in %1.</source>
        <translation>組織のポリシーにより、新しい設定ディレクトリは %1 の中に作成します。</translation>
    </message>
    <message>
        <source>Record that the account for %1 in %2 was registered with KID %3?

Only confirm this if you set up this folder with this same ACME credential. If it was another credential, Certbot will keep using that one and ignore KID %3.</source>
        <translation>%2 にある %1 のアカウントは KID %3 で登録されたものとして記録しますか?

このフォルダーを同じ ACME 資格情報で設定した場合にのみ [はい] を選択してください。別の資格情報だった場合、Certbot はその資格情報を使い続け、KID %3 を無視します。</translation>
    </message>
    <message>
        <source>Recording the KID…</source>
        <translation>KID を記録しています…</translation>
    </message>
    <message>
        <source>Removing HMAC keys from the logs…</source>
        <translation>ログから HMAC 鍵を消去しています…</translation>
    </message>
    <message>
        <source>Choose a Certbot on the Certbot page first.</source>
        <translation>先に [Certbot] ページで Certbot を選んでください。</translation>
    </message>
    <message>
        <source>Checking CertCentral and this server before the first order…</source>
        <translation>最初のオーダーの前に CertCentral とこのサーバーを確認しています…</translation>
    </message>
    <message>
        <source>Ordering %1 again…</source>
        <translation>%1 をもう一度オーダーしています…</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n certificate(s) to %1 with the new credential. The old folder %2 was left as it is.</source>
        <translation>
            <numerusform>%n 件の証明書を新しい資格情報で %1 に移しました。古いフォルダー %2 はそのままです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ordering the certificates again…</source>
        <translation>証明書をもう一度オーダーしています…</translation>
    </message>
    <message>
        <source>Reading what each certificate needs…</source>
        <translation>各証明書に必要な設定を読み取っています…</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP アーカイブ (*.zip)</translation>
    </message>
    <message>
        <source>Back up and remove</source>
        <translation>バックアップして削除</translation>
    </message>
    <message>
        <source>Save a backup of %1 to %2, check it, then remove %1.

%3 files (including the account and certificate private keys) will be removed. Certificates already installed on this server keep working.</source>
        <translation>%1 のバックアップを %2 に保存して内容を確認してから、%1 を削除します。

%3 個のファイル (アカウントと証明書の秘密鍵を含む) が削除されます。このサーバーにインストール済みの証明書は引き続き使用できます。</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 files to %2 (verified) and removed them. %n file(s) appeared or changed in %3 during the backup (a renewal may have run) and were left there, for example %4.</source>
        <translation>
            <numerusform>%1 個のファイルを %2 にバックアップし (検証済み)、削除しました。バックアップ中に %3 で %n 個のファイルが作成または変更されたため (更新が実行された可能性があります)、そのまま残しました。例: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Backed up %1 files to %2 (verified) and removed %3.</source>
        <translation>%1 個のファイルを %2 にバックアップし (検証済み)、%3 を削除しました。</translation>
    </message>
    <message>
        <source>Nothing was removed: %1</source>
        <translation>何も削除されていません: %1</translation>
    </message>
    <message>
        <source>Backing up, checking the backup, then removing…</source>
        <translation>バックアップを作成して確認してから削除しています…</translation>
    </message>
    <message>
        <source>Choose a config directory in the list above, or create a new one.</source>
        <translation>上の一覧から設定ディレクトリを選択するか、新しく作成してください。</translation>
    </message>
</context>
<context>
    <name>CredentialPage</name>
    <message>
        <source>ACME credential</source>
        <translation>ACME 資格情報</translation>
    </message>
    <message>
        <source>The ACME directory URL, KID and HMAC key come from CertCentral (Automation &gt; ACME Directory URLs). Certbot binds them to an account once.</source>
        <translation>ACME ディレクトリ URL、KID、HMAC 鍵は CertCentral の [自動化]&gt;[ACME ディレクトリ URL] で確認できます。Certbot はこれらを一度だけアカウントに結び付けます。</translation>
    </message>
    <message>
        <source>Saved credential</source>
        <translation>保存済みの資格情報</translation>
    </message>
    <message>
        <source>&amp;Saved credential:</source>
        <translation>保存済みの資格情報(&amp;S):</translation>
    </message>
    <message>
        <source>Credential name</source>
        <translation>資格情報の名前</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>保存名(&amp;M):</translation>
    </message>
    <message>
        <source>for example: Web servers OV</source>
        <translation>例: Web サーバー OV</translation>
    </message>
    <message>
        <source>ACME directory &amp;URL:</source>
        <translation>ACME ディレクトリ URL(&amp;U):</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリ URL</translation>
    </message>
    <message>
        <source>&amp;KID:</source>
        <translation>KID(&amp;K):</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>HMAC key</source>
        <translation>HMAC 鍵</translation>
    </message>
    <message>
        <source>Show the HMAC key</source>
        <translation>HMAC 鍵を表示</translation>
    </message>
    <message>
        <source>&amp;HMAC key:</source>
        <translation>HMAC 鍵(&amp;H):</translation>
    </message>
    <message>
        <source>CertCentral &amp;credential name:</source>
        <translation>CertCentral の資格情報名(&amp;C):</translation>
    </message>
    <message>
        <source>CertCentral credential name</source>
        <translation>CertCentral の資格情報名</translation>
    </message>
    <message>
        <source>the name shown in CertCentral, for the CertCentral checks (optional)</source>
        <translation>CertCentral に表示される名前。CertCentral の確認に使用します (省略可)</translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation>CertCentral のリージョン</translation>
    </message>
    <message>
        <source>CertCentral (US)</source>
        <translation>CertCentral (米国)</translation>
    </message>
    <message>
        <source>CertCentral Europe</source>
        <translation>CertCentral Europe</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Set by your organization: %1.</source>
        <translation>組織のポリシーで設定済み: %1。</translation>
    </message>
    <message>
        <source>Set by your organization: %1. Locked, cannot be changed here: %2.</source>
        <translation>組織のポリシーで設定済み: %1。ここでは変更できない項目: %2。</translation>
    </message>
    <message>
        <source>Enter a name for the credential (the field above) to go on.</source>
        <translation>続行するには、保存名 (上の項目) を入力してください。</translation>
    </message>
    <message>
        <source>Enter the ACME directory URL (the field above) to go on.</source>
        <translation>続行するには、ACME ディレクトリ URL (上の項目) を入力してください。</translation>
    </message>
    <message>
        <source>Enter the KID (the field above) to go on.</source>
        <translation>続行するには、KID (上の項目) を入力してください。</translation>
    </message>
    <message>
        <source>Enter the HMAC key (the field above) to go on.</source>
        <translation>続行するには、HMAC 鍵 (上の項目) を入力してください。</translation>
    </message>
    <message>
        <source>Enter the names for the certificate (above) to go on.</source>
        <translation>続行するには、証明書のドメイン名 (上) を入力してください。</translation>
    </message>
    <message>
        <source>Correct the e-mail address (above), or leave it empty.</source>
        <translation>メールアドレス (上) を修正するか、空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>表示(&amp;W)</translation>
    </message>
    <message>
        <source>Names for the certificate</source>
        <translation>証明書のドメイン名</translation>
    </message>
    <message>
        <source>Names for the cer&amp;tificate:</source>
        <translation>証明書のドメイン名(&amp;T):</translation>
    </message>
    <message>
        <source>www.example.com example.com (separate with spaces)</source>
        <translation>www.example.com example.com (空白で区切ります)</translation>
    </message>
    <message>
        <source>&amp;E-mail (optional):</source>
        <translation>メールアドレス (省略可)(&amp;E):</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Reading saved credentials…</source>
        <translation>保存済みの資格情報を読み取っています…</translation>
    </message>
    <message>
        <source>Keys are stored in: %1</source>
        <translation>鍵の保存先: %1</translation>
    </message>
    <message>
        <source>New credential…</source>
        <translation>新しい資格情報…</translation>
    </message>
    <message>
        <source>stored in the keyring; leave empty to keep it</source>
        <translation>資格情報マネージャーに保存済みです。変更しない場合は空欄のままにしてください</translation>
    </message>
    <message>
        <source>not stored yet: paste it from CertCentral</source>
        <translation>まだ保存されていません。CertCentral から貼り付けてください</translation>
    </message>
    <message>
        <source>Reading the HMAC key from the keyring…</source>
        <translation>資格情報マネージャーから HMAC 鍵を読み取っています…</translation>
    </message>
    <message>
        <source>Saving the credential (the HMAC key goes to the keyring)…</source>
        <translation>資格情報を保存しています (HMAC 鍵は資格情報マネージャーに保存されます)…</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>%1 %2 UTC</source>
        <translation>%1 %2 UTC</translation>
    </message>
</context>
<context>
    <name>Deploy</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: nested too deeply</source>
        <translation>%1: 入れ子が深すぎます</translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: 正しい JSON ではありません</translation>
    </message>
    <message>
        <source>%1: no lineages object</source>
        <translation>%1: lineages オブジェクトがありません</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>The reload command &quot;%1&quot; cannot be read: %2</source>
        <translation>再読み込みのコマンド &quot;%1&quot; を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: privkey.pem is protected by a password</source>
        <translation>%1: privkey.pem はパスワードで保護されています</translation>
    </message>
    <message>
        <source>%1: privkey.pem does not belong to cert.pem</source>
        <translation>%1: privkey.pem は cert.pem と対になる鍵ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not host:port</source>
        <translation>&quot;%1&quot; は ホスト:ポート の形ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no host (host:port, e.g. www.example.com:443)</source>
        <translation>&quot;%1&quot; にホスト名がありません (ホスト:ポート、例: www.example.com:443)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; is not a port between 1 and 65535</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; は 1 から 65535 のポート番号ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a certificate name certbot makes (letters, digits, dots, hyphens; no folders)</source>
        <translation>&quot;%1&quot; は Certbot が付ける証明書名ではありません (英字、数字、ドット、ハイフンのみ。フォルダーは含みません)</translation>
    </message>
    <message>
        <source>%1 holds no certificate &quot;%2&quot; (no %3)</source>
        <translation>%1 に証明書 &quot;%2&quot; はありません (%3 がありません)</translation>
    </message>
    <message>
        <source>%1 is inside the config directory %2: the copies would replace certbot&apos;s own files and certbot would stop renewing them; choose a folder outside it</source>
        <translation>%1 は設定ディレクトリ %2 の中にあります。コピーが Certbot 自身のファイルを置き換え、Certbot はそれらを更新しなくなります。設定ディレクトリの外のフォルダーを選んでください</translation>
    </message>
    <message>
        <source>A PFX export cannot be repeated after each renewal: certbot runs the hook unattended, where no password for the PFX is available. Register the hook for the other targets, and export the PFX by hand after a renewal.</source>
        <translation>PFX の書き出しは更新のたびに繰り返せません。Certbot はフックを無人で実行し、そこでは PFX のパスワードを使えないためです。ほかのインストール先にフックを登録し、PFX は更新の後に手動で書き出してください。</translation>
    </message>
    <message>
        <source>%1 holds a control character (a line break?); certbot&apos;s settings cannot keep a command with it. Use a folder without one.</source>
        <translation>%1 に制御文字 (改行など) が含まれています。Certbot の設定にはこれを含むコマンドを保存できません。制御文字を含まないフォルダーを使ってください。</translation>
    </message>
    <message>
        <source>IIS sites exist only on Windows.</source>
        <translation>IIS サイトは Windows にのみあります。</translation>
    </message>
    <message>
        <source>IIS site &quot;%1&quot; has no https binding.</source>
        <translation>IIS サイト &quot;%1&quot; に https のバインドがありません。</translation>
    </message>
    <message>
        <source>IIS has no site &quot;%1&quot;.</source>
        <translation>IIS にサイト &quot;%1&quot; はありません。</translation>
    </message>
    <message>
        <source>%1; install again with the targets</source>
        <translation>%1。インストール先を指定してもう一度インストールしてください</translation>
    </message>
    <message>
        <source>No targets given and none remembered for %1.</source>
        <translation>インストール先が指定されておらず、%1 について記録されたインストール先もありません。</translation>
    </message>
    <message>
        <source>Remote Desktop, SQL Server, Exchange, WinRM and key access for service accounts are Windows targets.</source>
        <translation>リモート デスクトップ、SQL Server、Exchange、WinRM、サービス アカウントへの秘密鍵のアクセス許可は Windows 用の設定です。</translation>
    </message>
    <message>
        <source>The hook could not be written: %1</source>
        <translation>フックを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>IIS is not installed on this server (no appcmd.exe).</source>
        <translation>このサーバーに IIS はインストールされていません (appcmd.exe がありません)。</translation>
    </message>
    <message>
        <source>%1: not a store (LocalMachine\My or CurrentUser\My)</source>
        <translation>%1: 証明書ストアではありません (LocalMachine\My または CurrentUser\My)</translation>
    </message>
    <message>
        <source>The PFX did not hold the lineage&apos;s certificate.</source>
        <translation>PFX にこの証明書が含まれていませんでした。</translation>
    </message>
</context>
<context>
    <name>Diagnose</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: %2 MiB を超えています</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>&amp;Schedule renewal for this folder</source>
        <translation>このフォルダーの更新をスケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>Schedule renewal for this folder</source>
        <translation>このフォルダーの更新をスケジュール</translation>
    </message>
    <message>
        <source>&amp;Test renewal</source>
        <translation>更新をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Test renewal</source>
        <translation>更新をテスト</translation>
    </message>
    <message>
        <source>&amp;Let the scheduled renewal check CertCentral…</source>
        <translation>自動更新時に CertCentral を確認する(&amp;L)…</translation>
    </message>
    <message>
        <source>Let the scheduled renewal check CertCentral</source>
        <translation>自動更新時に CertCentral を確認する</translation>
    </message>
    <message>
        <source>Certbot output of the renewal test</source>
        <translation>更新テストの Certbot 出力</translation>
    </message>
    <message>
        <source>Install the certificate for the server</source>
        <translation>証明書をサーバーにインストール</translation>
    </message>
    <message>
        <source>Where to install the certificate</source>
        <translation>証明書のインストール先</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>インストール先(&amp;W):</translation>
    </message>
    <message>
        <source>Folder to copy the certificate files to</source>
        <translation>証明書ファイルのコピー先フォルダー</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>フォルダーを選択</translation>
    </message>
    <message>
        <source>Fo&amp;lder:</source>
        <translation>フォルダー(&amp;L):</translation>
    </message>
    <message>
        <source>Command that reloads the service</source>
        <translation>サービスを再読み込みするコマンド</translation>
    </message>
    <message>
        <source>for example: systemctl reload nginx</source>
        <translation>例: systemctl reload nginx</translation>
    </message>
    <message>
        <source>&amp;Reload command:</source>
        <translation>再読み込みコマンド(&amp;R):</translation>
    </message>
    <message>
        <source>Install again after every renewal (certbot runs the assistant)</source>
        <translation>更新のたびに再インストールする (certbot がアシスタントを実行します)</translation>
    </message>
    <message>
        <source>Install again after every renewal</source>
        <translation>更新のたびに再インストールする</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>インストール(&amp;I)</translation>
    </message>
    <message>
        <source>Install the certificate</source>
        <translation>証明書をインストール</translation>
    </message>
    <message>
        <source>IIS site %1 (%2)</source>
        <translation>IIS サイト %1 (%2)</translation>
    </message>
    <message>
        <source>Windows certificate store only (%1)</source>
        <translation>Windows 証明書ストアのみ (%1)</translation>
    </message>
    <message>
        <source>A folder, for other services</source>
        <translation>フォルダー (その他のサービス用)</translation>
    </message>
    <message>
        <source>Folder for the certificate files</source>
        <translation>証明書ファイルのフォルダー</translation>
    </message>
    <message>
        <source>The certificate was not installed.</source>
        <translation>証明書はインストールされませんでした。</translation>
    </message>
    <message>
        <source>Installed. Certbot installs it again after every renewal.</source>
        <translation>インストールしました。更新のたびに Certbot が再インストールします。</translation>
    </message>
    <message>
        <source>Installed.</source>
        <translation>インストールしました。</translation>
    </message>
    <message>
        <source>The new folder&apos;s renewal is not scheduled yet: use &quot;Schedule renewal for this folder&quot;.</source>
        <translation>新しいフォルダーの更新はまだスケジュールされていません。「このフォルダーの更新をスケジュール」を使ってください。</translation>
    </message>
    <message>
        <source>The certificate could not be installed: %1</source>
        <translation>証明書をインストールできませんでした: %1</translation>
    </message>
    <message>
        <source>LocalMachine\My</source>
        <comment>the machine&apos;s Personal store</comment>
        <translation>ローカル コンピューター\個人 (LocalMachine\My)</translation>
    </message>
    <message>
        <source>Remote Desktop</source>
        <translation>リモート デスクトップ</translation>
    </message>
    <message>
        <source>SQL Server instance %1</source>
        <translation>SQL Server インスタンス %1</translation>
    </message>
    <message>
        <source>Exchange (%1)</source>
        <translation>Exchange (%1)</translation>
    </message>
    <message>
        <source>WinRM HTTPS listener</source>
        <translation>WinRM の HTTPS リスナー</translation>
    </message>
    <message>
        <source>no certificate yet</source>
        <translation>証明書は未設定</translation>
    </message>
    <message>
        <source>a certificate not in the machine store</source>
        <translation>コンピューターのストアにない証明書を使用中</translation>
    </message>
    <message>
        <source>now a certificate valid until %1</source>
        <translation>現在は %1 まで有効な証明書を使用中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Installing the certificate…</source>
        <translation>証明書をインストールしています…</translation>
    </message>
    <message>
        <source>Nothing was changed. Here is what the assistant found.</source>
        <translation>何も変更されていません。アシスタントが確認した結果は次のとおりです。</translation>
    </message>
    <message>
        <source>Use Copy report to send the findings to the help desk.</source>
        <translation>ヘルプデスクに結果を送るには [レポートをコピー] を使用してください。</translation>
    </message>
    <message>
        <source>Certbot received the certificate.</source>
        <translation>Certbot が証明書を取得しました。</translation>
    </message>
    <message>
        <source>Names: %1
Valid until: %2</source>
        <translation>ドメイン名: %1
有効期限: %2</translation>
    </message>
    <message>
        <source>Certificate and chain: %1</source>
        <translation>証明書とチェーン: %1</translation>
    </message>
    <message>
        <source>Private key: %1</source>
        <translation>秘密鍵: %1</translation>
    </message>
    <message>
        <source>IIS sites could not be read: %1</source>
        <translation>IIS サイトを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>This is Certbot&apos;s default folder: a task that runs plain &quot;certbot renew&quot; renews it too, and so does the assistant&apos;s own task.</source>
        <translation>これは Certbot の既定のフォルダーです。&quot;certbot renew&quot; だけを実行するタスクでも、アシスタント自身のタスクでも更新されます。</translation>
    </message>
    <message>
        <source>Certbot renews with &quot;certbot renew --config-dir %1&quot;. A task that runs plain &quot;certbot renew&quot; only covers the default folder, so this folder needs its own scheduled renewal.</source>
        <translation>Certbot は &quot;certbot renew --config-dir %1&quot; で更新します。単に &quot;certbot renew&quot; を実行するタスクは既定のフォルダーだけが対象のため、このフォルダーには専用の更新スケジュールが必要です。</translation>
    </message>
    <message>
        <source>Reading the certificate…</source>
        <translation>証明書を読み取っています…</translation>
    </message>
    <message>
        <source>The certificates were moved to the new credential.</source>
        <translation>証明書を新しい資格情報に移しました。</translation>
    </message>
    <message>
        <source>Moved to %1:</source>
        <translation>%1 に移した証明書:</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>移していない証明書: %1</translation>
    </message>
    <message>
        <source>The old folder %1 was left as it is; the assistant no longer renews it.</source>
        <translation>古いフォルダー %1 はそのままです。アシスタントはこのフォルダーをもう更新しません。</translation>
    </message>
    <message>
        <source>The old folder %1 was left as it is.</source>
        <translation>古いフォルダー %1 はそのままです。</translation>
    </message>
    <message>
        <source>Renewal of the new folder is scheduled: %1.</source>
        <translation>新しいフォルダーの更新をスケジュールしました: %1。</translation>
    </message>
    <message>
        <source>Checking what the server serves…</source>
        <translation>サーバーが提供している証明書を確認しています…</translation>
    </message>
    <message>
        <source>Scheduled: %1 renews %2 twice a day.</source>
        <translation>スケジュールしました: %1 が 1 日 2 回 %2 の証明書を更新します。</translation>
    </message>
    <message>
        <source>The renewal could not be scheduled: %1</source>
        <translation>更新をスケジュールできませんでした: %1</translation>
    </message>
    <message>
        <source>Scheduling renewal…</source>
        <translation>更新をスケジュールしています…</translation>
    </message>
    <message>
        <source>Looking for the CertCentral API key…</source>
        <translation>CertCentral の API キーを探しています…</translation>
    </message>
    <message>
        <source>The scheduled renewal runs as SYSTEM and cannot read your own saved keys. Save your CertCentral API key for this computer too, so that each renewal checks CertCentral (validations, approvals, the credential) before Certbot runs?

Only SYSTEM and administrators can read it. A key restricted to View Only is enough; the assistant needs administrator rights to save it.</source>
        <translation>自動更新は SYSTEM として実行されるため、あなたが保存したキーを読み取れません。更新のたびに Certbot の実行前に CertCentral (認証、承認、資格情報) を確認できるよう、CertCentral の API キーをこのコンピューター用にも保存しますか?

読み取れるのは SYSTEM と管理者だけです。[表示のみ] に制限したキーで十分です。保存には管理者権限が必要です。</translation>
    </message>
    <message>
        <source>Save the key for the scheduled renewal</source>
        <translation>自動更新用にキーを保存</translation>
    </message>
    <message>
        <source>Saved for the scheduled renewal in %1.</source>
        <translation>自動更新用に %1 に保存しました。</translation>
    </message>
    <message>
        <source>Saving the key…</source>
        <translation>キーを保存しています…</translation>
    </message>
    <message>
        <source>The renewal dry run succeeded.</source>
        <translation>更新のドライランに成功しました。</translation>
    </message>
    <message>
        <source>The renewal dry run failed:</source>
        <translation>更新のドライランに失敗しました:</translation>
    </message>
    <message>
        <source>A dry run against DigiCert places a real order, so the assistant did not run one. Certbot lists these certificates for renewal:</source>
        <translation>DigiCert に対するドライランは実際のオーダーになるため、アシスタントは実行しませんでした。Certbot が更新対象として表示する証明書は次のとおりです:</translation>
    </message>
    <message>
        <source>Testing renewal…</source>
        <translation>更新をテストしています…</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Certbot is not installed</source>
        <translation>Certbot がインストールされていません</translation>
    </message>
    <message>
        <source>No certbot program was found on this computer.</source>
        <translation>このコンピューターで certbot プログラムが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Install Certbot (pip install certbot in a Python 3.10 or later environment), or browse to the certbot program if it is installed somewhere else.</source>
        <translation>Certbot をインストールしてください (Python 3.10 以降の環境で pip install certbot)。別の場所にインストールされている場合は、certbot プログラムの場所を指定してください。</translation>
    </message>
    <message>
        <source>Certbot&apos;s version could not be read</source>
        <translation>Certbot のバージョンを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 did not answer &quot;--version&quot;: %2</source>
        <translation>%1 は &quot;--version&quot; に応答しませんでした: %2</translation>
    </message>
    <message>
        <source>Check that this certbot starts from a command prompt, or choose another installation.</source>
        <translation>この certbot がコマンドプロンプトから起動できるか確認するか、別のインストールを選択してください。</translation>
    </message>
    <message>
        <source>Certbot is too old for DigiCert ACME</source>
        <translation>Certbot が古いため DigiCert の ACME を利用できません</translation>
    </message>
    <message>
        <source>%1 is version %2. External account binding (--eab-kid, --eab-hmac-key) needs 0.29.0 or later.</source>
        <translation>%1 のバージョンは %2 です。外部アカウントバインディング (--eab-kid、--eab-hmac-key) には 0.29.0 以降が必要です。</translation>
    </message>
    <message>
        <source>Upgrade Certbot to a current version.</source>
        <translation>Certbot を最新のバージョンにアップグレードしてください。</translation>
    </message>
    <message>
        <source>Certbot was installed with the discontinued Windows installer</source>
        <translation>Certbot は提供終了した Windows インストーラーでインストールされています</translation>
    </message>
    <message>
        <source>%1 (version %2) comes from the EFF Windows installer. Its last release was 2.9.0 and it receives no updates.</source>
        <translation>%1 (バージョン %2) は EFF の Windows インストーラーでインストールされたものです。最終リリースは 2.9.0 で、今後更新はありません。</translation>
    </message>
    <message>
        <source>It still works, but plan to move to a supported installation: Certbot from pip in a Python virtual environment.</source>
        <translation>現在も動作しますが、サポートされているインストール方法 (Python 仮想環境に pip でインストールした Certbot) への移行を計画してください。</translation>
    </message>
    <message>
        <source>This Certbot version breaks certificates on Windows</source>
        <translation>この Certbot のバージョンでは、Windows で証明書の更新や一覧表示に失敗します</translation>
    </message>
    <message>
        <source>%1 is version 3.1.0. On Windows it cannot read its own live\ links, so renewals and &quot;certbot certificates&quot; fail.</source>
        <translation>%1 のバージョンは 3.1.0 です。Windows では自身の live\ のリンクを読み取れないため、更新と &quot;certbot certificates&quot; が失敗します。</translation>
    </message>
    <message>
        <source>Upgrade Certbot to 3.2.0 or later.</source>
        <translation>Certbot を 3.2.0 以降にアップグレードしてください。</translation>
    </message>
    <message>
        <source>The config directory does not exist yet</source>
        <translation>設定ディレクトリはまだ存在しません</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Nothing to do: Certbot creates it on the first run.</source>
        <translation>対処は不要です。初回の実行時に Certbot が作成します。</translation>
    </message>
    <message>
        <source>This folder is not a Certbot config directory</source>
        <translation>このフォルダーは Certbot の設定ディレクトリではありません</translation>
    </message>
    <message>
        <source>%1 is not empty and holds none of Certbot&apos;s folders (accounts, renewal, live, archive).</source>
        <translation>%1 は空ではなく、Certbot のフォルダー (accounts、renewal、live、archive) がどれも含まれていません。</translation>
    </message>
    <message>
        <source>Pick another folder. The assistant never writes to or deletes anything in this one.</source>
        <translation>別のフォルダーを選択してください。アシスタントはこのフォルダーへの書き込みや削除を一切行いません。</translation>
    </message>
    <message>
        <source>Certbot would ignore the new KID</source>
        <translation>Certbot は新しい KID を無視します</translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1, registered with KID %2. Certbot would reuse it and silently ignore KID %3, so certificates would keep coming from the old credential.</source>
        <translation>このフォルダーには %1 の ACME アカウントが既にあり、KID %2 で登録されています。Certbot はこのアカウントを再利用して KID %3 を何も通知せずに無視するため、証明書は引き続き古い資格情報で発行されます。</translation>
    </message>
    <message>
        <source>Use a new config directory for the new KID.</source>
        <translation>新しい KID には新しい設定ディレクトリを使用してください。</translation>
    </message>
    <message>
        <source>An existing account may make Certbot ignore the KID</source>
        <translation>既存のアカウントにより Certbot が KID を無視する可能性があります</translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1 and nothing records which KID it was registered with. If it is not KID %2, Certbot will reuse it and ignore the new KID.</source>
        <translation>このフォルダーには %1 の ACME アカウントが既にありますが、どの KID で登録されたかの記録がありません。KID %2 でない場合、Certbot はこのアカウントを再利用して新しい KID を無視します。</translation>
    </message>
    <message>
        <source>Use a new config directory, unless this folder was set up with this same credential.</source>
        <translation>このフォルダーが同じ資格情報で設定されたものでない限り、新しい設定ディレクトリを使用してください。</translation>
    </message>
    <message>
        <source>This folder already has an ACME account for %1 and nothing records which KID it was registered with. DigiCert binds every account to one ACME credential: if it is not KID %2, Certbot will reuse it and silently ignore the new KID.</source>
        <translation>このフォルダーには %1 の ACME アカウントが既にあり、どの KID で登録されたかの記録がありません。DigiCert ではアカウントごとに 1 つの ACME 資格情報が結び付けられます。KID %2 でない場合、Certbot はそのアカウントを再利用し、新しい KID を通知なしで無視します。</translation>
    </message>
    <message>
        <source>Use a new config directory. Only if you are sure this folder was set up with this same credential, confirm it, and the assistant records it.</source>
        <translation>新しい設定ディレクトリを使用してください。このフォルダーを同じ資格情報で設定したことが確かな場合に限り、[同じ資格情報で設定済み…] を選ぶと、アシスタントが記録します。</translation>
    </message>
    <message>
        <source>Several accounts for this ACME directory URL</source>
        <translation>この ACME ディレクトリ URL のアカウントが複数あります</translation>
    </message>
    <message>
        <source>This folder holds %1 complete accounts for %2. Certbot stops with &quot;Please choose an account&quot; when it runs unattended.</source>
        <translation>このフォルダーには %2 の完全なアカウントが %1 個あります。無人で実行すると、Certbot は &quot;Please choose an account&quot; で停止します。</translation>
    </message>
    <message>
        <source>Keep one account for this server, or pass --account with the one to use.</source>
        <translation>このサーバーのアカウントを 1 つだけ残すか、使用するアカウントを --account で指定してください。</translation>
    </message>
    <message>
        <source>An incomplete account folder is ignored</source>
        <translation>不完全なアカウントフォルダーは無視されます</translation>
    </message>
    <message>
        <source>%1 lacks %2, probably left by a failed registration. Certbot skips it.</source>
        <translation>%1 には %2 がありません。登録の失敗で残ったものと思われます。Certbot はこれを読み飛ばします。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <source>Incomplete account folders are ignored</source>
        <translation>不完全なアカウントフォルダーは無視されます</translation>
    </message>
    <message>
        <source>%1 account folders lack regr.json, private_key.json or meta.json, probably left by failed registrations (the first: %2). Certbot skips them.</source>
        <translation>%1 個のアカウントフォルダーに regr.json、private_key.json または meta.json がありません。登録の失敗で残ったものと思われます (最初のもの: %2)。Certbot はこれらをスキップします。</translation>
    </message>
    <message>
        <source>A certificate renews against another ACME server</source>
        <translation>証明書が別の ACME サーバーで更新されます</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; renews against %2, not %3. Renewals keep going to the old ACME directory URL and account.</source>
        <translation>証明書「%1」は %3 ではなく %2 で更新されます。更新は引き続き古い ACME ディレクトリ URL とアカウントに送られます。</translation>
    </message>
    <message>
        <source>Move it with &quot;certbot renew --cert-name %1 --server &lt;new URL&gt; --force-renewal&quot;, or issue it again in a new config directory.</source>
        <translation>&quot;certbot renew --cert-name %1 --server &lt;新しい URL&gt; --force-renewal&quot; で移行するか、新しい設定ディレクトリで発行し直してください。</translation>
    </message>
    <message>
        <source>DigiCert&apos;s legacy ACME service is retired</source>
        <translation>DigiCert の旧 ACME サービスは提供終了しました</translation>
    </message>
    <message>
        <source>%1 uses acme.digicert.com, which DigiCert retired on 2026-02-24.</source>
        <translation>%1 は acme.digicert.com を使用していますが、DigiCert は 2026-02-24 にこのサービスを終了しました。</translation>
    </message>
    <message>
        <source>Create a new ACME directory URL in CertCentral and use it with a new config directory.</source>
        <translation>CertCentral で新しい ACME ディレクトリ URL を作成し、新しい設定ディレクトリで使用してください。</translation>
    </message>
    <message>
        <source>A certificate expires soon</source>
        <translation>証明書の有効期限が近づいています</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expires on %2.</source>
        <translation>証明書「%1」の有効期限は %2 です。</translation>
    </message>
    <message>
        <source>Renew it now.</source>
        <translation>今すぐ更新してください。</translation>
    </message>
    <message>
        <source>A certificate has expired</source>
        <translation>証明書の有効期限が切れています</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; expired on %2.</source>
        <translation>証明書「%1」は %2 に有効期限が切れました。</translation>
    </message>
    <message>
        <source>Renew or issue it again.</source>
        <translation>更新するか、発行し直してください。</translation>
    </message>
    <message>
        <source>A certificate file cannot be read</source>
        <translation>証明書ファイルを読み取れません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check the file; Certbot may fail to renew this certificate.</source>
        <translation>ファイルを確認してください。Certbot がこの証明書の更新に失敗する可能性があります。</translation>
    </message>
    <message>
        <source>A renewal configuration file cannot be read</source>
        <translation>更新設定ファイルを読み取れません</translation>
    </message>
    <message>
        <source>Fix or remove this file by hand.</source>
        <translation>このファイルを手動で修正するか削除してください。</translation>
    </message>
    <message>
        <source>An account file cannot be read</source>
        <translation>アカウントファイルを読み取れません</translation>
    </message>
    <message>
        <source>Check the file; Certbot may not be able to use this account.</source>
        <translation>ファイルを確認してください。Certbot がこのアカウントを使用できない可能性があります。</translation>
    </message>
    <message>
        <source>The assistant&apos;s record of KIDs cannot be read</source>
        <translation>アシスタントの KID の記録を読み取れません</translation>
    </message>
    <message>
        <source>Without it the assistant cannot tell which KID each account uses. Fix the file by hand or remove it; Certbot does not need it.</source>
        <translation>この記録がないと、各アカウントがどの KID を使用しているか判断できません。ファイルを手動で修正するか削除してください。Certbot はこのファイルを必要としません。</translation>
    </message>
    <message>
        <source>The config directory cannot be read</source>
        <translation>設定ディレクトリを読み取れません</translation>
    </message>
    <message>
        <source>Run the assistant as an administrator, or pick another folder.</source>
        <translation>アシスタントを管理者として実行するか、別のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The accounts folder cannot be read</source>
        <translation>accounts フォルダーを読み取れません</translation>
    </message>
    <message>
        <source>%1: %2. The assistant cannot see which accounts exist, so it cannot tell whether Certbot would ignore the KID.</source>
        <translation>%1: %2。どのアカウントがあるか確認できないため、Certbot が KID を無視するかどうかを判断できません。</translation>
    </message>
    <message>
        <source>A folder is a link to outside the config directory</source>
        <translation>設定ディレクトリの外を指すリンクがあります</translation>
    </message>
    <message>
        <source>%1 leads to %2, outside the config directory. The assistant did not look there; Certbot will use it.</source>
        <translation>%1 は設定ディレクトリの外にある %2 を指しています。アシスタントはそこを確認していませんが、Certbot はそれを使用します。</translation>
    </message>
    <message>
        <source>Check that the link is intended. To have it inspected, choose the folder it leads to.</source>
        <translation>このリンクが意図したものか確認してください。確認させるには、リンク先のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>A renewal&apos;s ACME directory URL was cut short</source>
        <translation>更新に使う ACME ディレクトリ URL が途中で切れています</translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; have the server %2: the URL ends where an unquoted &quot;&amp;&quot; cut it when the command was typed, so DigiCert does not get the order to renew.</source>
        <translation>証明書「%1」の更新設定のサーバーは %2 です。
コマンドの入力時、引用符で囲まれていない「&amp;」で URL が切れました。
そのため DigiCert に更新のオーダーが伝わりません。</translation>
    </message>
    <message>
        <source>Renew it with the assistant, which quotes the URL, or run certbot with the whole URL in double quotes (&quot;...&amp;orderId=...&quot;).</source>
        <translation>URL を正しく引用符で囲むアシスタントで更新するか、URL 全体をダブルクォートで囲んで certbot を実行してください (&quot;...&amp;orderId=...&quot;)。</translation>
    </message>
    <message>
        <source>A certificate renews with an account that is not here</source>
        <translation>証明書の更新に使うアカウントがこのフォルダーにありません</translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; name account %2, which is not in this folder&apos;s accounts for %3. Its renewal will fail.</source>
        <translation>証明書「%1」の更新設定はアカウント %2 を指定していますが、このフォルダーの %3 用アカウントにはありません。この証明書の更新は失敗します。</translation>
    </message>
    <message>
        <source>Restore the accounts folder from a backup, or request the certificate again with the assistant (it registers an account with your ACME credential).</source>
        <translation>accounts フォルダーをバックアップから復元するか、アシスタントで証明書を再申請してください (ACME 資格情報でアカウントを登録します)。</translation>
    </message>
    <message>
        <source>A certificate&apos;s files are missing</source>
        <translation>証明書のファイルがありません</translation>
    </message>
    <message>
        <source>The renewal settings of certificate &quot;%1&quot; name %2, which does not exist. Certbot treats this certificate as broken and will not renew it.</source>
        <translation>証明書「%1」の更新設定にある %2 が存在しません。Certbot はこの証明書を壊れたものとして扱い、更新しません。</translation>
    </message>
    <message>
        <source>Restore the folder from a backup, or remove the certificate with &quot;certbot delete --cert-name %1&quot; and request it again.</source>
        <translation>バックアップからフォルダーを復元するか、&quot;certbot delete --cert-name %1&quot;で証明書を削除してから、もう一度申請してください。</translation>
    </message>
    <message>
        <source>A certificate is not valid yet</source>
        <translation>証明書がまだ有効になっていません</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; becomes valid only on %2. Until then browsers and servers reject it; the computer&apos;s clock may be wrong.</source>
        <translation>証明書「%1」は %2 から有効になります。それまではブラウザーやサーバーに拒否されます。このコンピューターの時計がずれている可能性があります。</translation>
    </message>
    <message>
        <source>Check the date and time of this computer.</source>
        <translation>このコンピューターの日付と時刻を確認してください。</translation>
    </message>
    <message>
        <source>A certificate does not match its private key</source>
        <translation>証明書と秘密鍵が一致しません</translation>
    </message>
    <message>
        <source>The private key of certificate &quot;%1&quot; (%2) does not belong to its certificate. A server using this pair cannot start TLS.</source>
        <translation>証明書「%1」の秘密鍵 (%2) はその証明書のものではありません。この組み合わせを使うサーバーは TLS を開始できません。</translation>
    </message>
    <message>
        <source>Restore the folder from a backup, or renew with &quot;certbot renew --cert-name %1 --force-renewal&quot;.</source>
        <translation>バックアップからフォルダーを復元するか、&quot;certbot renew --cert-name %1 --force-renewal&quot;で更新してください。</translation>
    </message>
    <message>
        <source>Another run is using this config directory</source>
        <translation>別の実行がこの設定ディレクトリを使用しています</translation>
    </message>
    <message>
        <source>The assistant is already running Certbot with %1 (in another window or a scheduled task).</source>
        <translation>アシスタントが既に %1 で Certbot を実行しています (別のウィンドウまたはスケジュールされたタスク)。</translation>
    </message>
    <message>
        <source>Wait until that run ends, then try again.</source>
        <translation>その実行が終わるまで待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>A Certbot log contains an HMAC key</source>
        <translation>Certbot のログに HMAC 鍵が含まれています</translation>
    </message>
    <message>
        <source>%1 holds an --eab-hmac-key value in clear text. Anyone who can read it can register accounts with this credential.</source>
        <translation>%1 には --eab-hmac-key の値が平文で記録されています。このファイルを読める人は誰でも、この資格情報でアカウントを登録できます。</translation>
    </message>
    <message>
        <source>Redact the logs (the assistant can do it), and consider replacing the ACME credential in CertCentral.</source>
        <translation>ログから鍵を消去し (アシスタントで実行できます)、CertCentral で ACME 資格情報の交換を検討してください。</translation>
    </message>
    <message>
        <source>Certificates in this folder are not renewed automatically</source>
        <translation>このフォルダーの証明書は自動更新されません</translation>
    </message>
    <message>
        <source>No scheduled task or timer renews %1. A task running plain &quot;certbot renew&quot; covers only the default folder.</source>
        <translation>%1 を更新するスケジュールされたタスクやタイマーがありません。単に &quot;certbot renew&quot; を実行するタスクは既定のフォルダーだけが対象です。</translation>
    </message>
    <message>
        <source>Schedule renewal for this folder.</source>
        <translation>このフォルダーの更新をスケジュールしてください。</translation>
    </message>
    <message>
        <source>The renewal task is broken</source>
        <translation>更新タスクが壊れています</translation>
    </message>
    <message>
        <source>Task %1 points at %2, which no longer exists.</source>
        <translation>タスク %1 は %2 を指していますが、これはもう存在しません。</translation>
    </message>
    <message>
        <source>Create the renewal task again.</source>
        <translation>更新タスクを作成し直してください。</translation>
    </message>
    <message>
        <source>The ACME directory URL cannot be reached</source>
        <translation>ACME ディレクトリ URL に接続できません</translation>
    </message>
    <message>
        <source>Check the network and proxy settings of this server.</source>
        <translation>このサーバーのネットワークとプロキシの設定を確認してください。</translation>
    </message>
    <message>
        <source>The ACME account was deactivated or revoked</source>
        <translation>ACME アカウントが無効化または取り消されています</translation>
    </message>
    <message>
        <source>The server no longer accepts the account in this config directory: %1</source>
        <translation>サーバーはこの設定ディレクトリのアカウントを受け付けなくなりました: %1</translation>
    </message>
    <message>
        <source>Back up and remove this config directory, then create a new one with the new credential.</source>
        <translation>この設定ディレクトリをバックアップして削除し、新しい資格情報で新しい設定ディレクトリを作成してください。</translation>
    </message>
    <message>
        <source>The ACME server does not know this account</source>
        <translation>ACME サーバーがこのアカウントを認識していません</translation>
    </message>
    <message>
        <source>The server answered that the account does not exist: %1</source>
        <translation>サーバーからアカウントが存在しないという応答がありました: %1</translation>
    </message>
    <message>
        <source>Use a new config directory.</source>
        <translation>新しい設定ディレクトリを使用してください。</translation>
    </message>
    <message>
        <source>The CertCentral API key is not valid</source>
        <translation>CertCentral の API キーが無効です</translation>
    </message>
    <message>
        <source>CertCentral did not accept this API key: it may be mistyped, revoked, or made in the other region&apos;s CertCentral.</source>
        <translation>CertCentral はこの API キーを受け付けませんでした。入力の誤り、取り消し、または別のリージョンの CertCentral で作成されたキーである可能性があります。</translation>
    </message>
    <message>
        <source>Create a new API key in CertCentral and save it in the assistant.</source>
        <translation>CertCentral で新しい API キーを作成し、アシスタントに保存してください。</translation>
    </message>
    <message>
        <source>Automation &gt; API Keys</source>
        <translation>[自動化]&gt;[API キー]</translation>
    </message>
    <message>
        <source>The CertCentral API key lacks a permission</source>
        <translation>CertCentral の API キーに必要な権限がありません</translation>
    </message>
    <message>
        <source>CertCentral answered: %1</source>
        <translation>CertCentral の応答: %1</translation>
    </message>
    <message>
        <source>Give the key&apos;s user a role that may view orders, domains and organizations, or use another key.</source>
        <translation>キーのユーザーにオーダー、ドメイン、組織を表示できるロールを付与するか、別のキーを使用してください。</translation>
    </message>
    <message>
        <source>CertCentral cannot be reached</source>
        <translation>CertCentral に接続できません</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Check the network and proxy settings, then check again.</source>
        <translation>ネットワークとプロキシの設定を確認してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>A proxy or firewall answered instead of CertCentral</source>
        <translation>CertCentral ではなくプロキシまたはファイアウォールが応答しました</translation>
    </message>
    <message>
        <source>The answer to the CertCentral check was not from CertCentral: %1. The API key was not checked.</source>
        <translation>CertCentral の確認に対する応答は CertCentral からのものではありませんでした: %1。API キーは確認されていません。</translation>
    </message>
    <message>
        <source>Ask the network team to allow HTTPS to the CertCentral API (www.digicert.com/services/v2, or certcentral.digicert.eu) from this server.</source>
        <translation>このサーバーから CertCentral API (www.digicert.com/services/v2 または certcentral.digicert.eu) への HTTPS 通信を許可するよう、ネットワーク担当者に依頼してください。</translation>
    </message>
    <message>
        <source>The ACME directory URL was revoked</source>
        <translation>ACME ディレクトリ URL が取り消されています</translation>
    </message>
    <message>
        <source>The ACME credential &quot;%1&quot; is revoked in CertCentral.</source>
        <translation>ACME 資格情報「%1」は CertCentral で取り消されています。</translation>
    </message>
    <message>
        <source>Automation &gt; ACME Directory URLs</source>
        <translation>[自動化]&gt;[ACME ディレクトリ URL]</translation>
    </message>
    <message>
        <source>The ACME credential was not found in CertCentral</source>
        <translation>CertCentral に ACME 資格情報が見つかりません</translation>
    </message>
    <message>
        <source>No ACME credential named &quot;%1&quot; exists in this CertCentral account.</source>
        <translation>この CertCentral アカウントには「%1」という名前の ACME 資格情報がありません。</translation>
    </message>
    <message>
        <source>Check the name of the ACME directory URL in CertCentral.</source>
        <translation>CertCentral で ACME ディレクトリ URL の名前を確認してください。</translation>
    </message>
    <message>
        <source>The organization is not validated</source>
        <translation>組織が認証されていません</translation>
    </message>
    <message>
        <source>Organization &quot;%1&quot; has no active %2 validation. CertCentral will not issue, and Certbot ends with a timeout error.</source>
        <translation>組織「%1」には有効な %2 認証がありません。CertCentral は証明書を発行せず、Certbot はタイムアウトエラーで終了します。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Organizations and check the organization&apos;s validation status.</source>
        <translation>CertCentral で [証明書]&gt;[組織] の順に移動し、組織の認証ステータスを確認してください。</translation>
    </message>
    <message>
        <source>Certificates &gt; Organizations</source>
        <translation>[証明書]&gt;[組織]</translation>
    </message>
    <message>
        <source>The organization&apos;s validation expires soon</source>
        <translation>組織の認証の期限が近づいています</translation>
    </message>
    <message>
        <source>The %2 validation of organization &quot;%1&quot; ends on %3.</source>
        <translation>組織「%1」の %2 認証は %3 に期限切れになります。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Organizations and revalidate the organization.</source>
        <translation>CertCentral で [証明書]&gt;[組織] の順に移動し、組織を再認証してください。</translation>
    </message>
    <message>
        <source>A name is not under any domain of the account</source>
        <translation>ドメイン名がアカウントのどのドメインにも含まれていません</translation>
    </message>
    <message>
        <source>%1 is not covered by any domain in CertCentral.</source>
        <translation>%1 は CertCentral のどのドメインにも含まれていません。</translation>
    </message>
    <message>
        <source>Add the domain in CertCentral (Certificates &gt; Domains) and validate it.</source>
        <translation>CertCentral ([証明書]&gt;[ドメイン]) でドメインを追加し、認証を受けてください。</translation>
    </message>
    <message>
        <source>Certificates &gt; Domains</source>
        <translation>[証明書]&gt;[ドメイン]</translation>
    </message>
    <message>
        <source>No ACME challenge is needed</source>
        <translation>ACME チャレンジは不要です</translation>
    </message>
    <message>
        <source>Credential &quot;%1&quot; issues %2 certificates and CertCentral has validated every name. DigiCert then asks for no ACME challenge, so port 80 and name resolution on this server do not matter for issuing.</source>
        <translation>資格情報「%1」は %2 証明書を発行し、CertCentral ですべてのドメイン名を認証済みです。この場合 DigiCert は ACME チャレンジを求めないため、このサーバーのポート 80 や名前解決は発行に影響しません。</translation>
    </message>
    <message>
        <source>Nothing to do: Certbot can run.</source>
        <translation>対処は不要です。Certbot を実行できます。</translation>
    </message>
    <message>
        <source>A name will be validated by an ACME challenge</source>
        <translation>ドメイン名は ACME チャレンジで認証されます</translation>
    </message>
    <message>
        <source>Domain &quot;%1&quot; (for %2) is not prevalidated in CertCentral. DigiCert validates it through an ACME challenge when Certbot runs, so this server must answer it.</source>
        <translation>ドメイン「%1」(%2 用) は CertCentral で事前認証されていません。Certbot の実行時に DigiCert が ACME チャレンジで認証するため、このサーバーが応答する必要があります。</translation>
    </message>
    <message>
        <source>Check the next step (this server), or prevalidate the domain in CertCentral so that no challenge is needed.</source>
        <translation>次のステップ (このサーバー) を確認するか、CertCentral でドメインを事前認証してチャレンジを不要にしてください。</translation>
    </message>
    <message>
        <source>The domain is not validated</source>
        <translation>ドメインが認証されていません</translation>
    </message>
    <message>
        <source>Domain &quot;%1&quot; (for %2) has no active validation. Certbot ends with a timeout error.</source>
        <translation>ドメイン「%1」(%2 用) には有効な認証がありません。Certbot はタイムアウトエラーで終了します。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and complete the domain&apos;s validation.</source>
        <translation>CertCentral で [証明書]&gt;[ドメイン] の順に移動し、ドメインの認証を完了してください。</translation>
    </message>
    <message>
        <source>The domain&apos;s validation expires soon</source>
        <translation>ドメインの認証の期限が近づいています</translation>
    </message>
    <message>
        <source>The validation of domain &quot;%1&quot; ends on %2.</source>
        <translation>ドメイン「%1」の認証は %2 に期限切れになります。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and revalidate the domain.</source>
        <translation>CertCentral で [証明書]&gt;[ドメイン] の順に移動し、ドメインを再認証してください。</translation>
    </message>
    <message>
        <source>A domain validation ends before the next renewal</source>
        <translation>次の更新より前にドメインの認証が切れます</translation>
    </message>
    <message>
        <source>The validation of %1 can be used until %2 (days left: %3), but Certbot will renew %4 on %5. That renewal would wait for validation and can end in a timeout.</source>
        <translation>%1 の認証を使えるのは %2 までですが (残り日数: %3)、Certbot が %4 を更新するのは %5 です。その更新は認証待ちになり、タイムアウトで終わるおそれがあります。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Certificates &gt; Domains and revalidate %1 before %2.</source>
        <translation>CertCentral で [証明書]&gt;[ドメイン] の順に移動し、%2 より前に %1 を再認証してください。</translation>
    </message>
    <message>
        <source>A certificate request is waiting for approval</source>
        <translation>証明書申請が承認待ちです</translation>
    </message>
    <message>
        <source>Request %1 for %2 is pending since %3.</source>
        <translation>%2 の申請 %1 は %3 から承認待ちです。</translation>
    </message>
    <message>
        <source>Approve the request (the assistant can), or in CertCentral go to Certificates &gt; Requests.</source>
        <translation>申請を承認するか (アシスタントで実行できます)、CertCentral で [証明書]&gt;[申請] の順に移動してください。</translation>
    </message>
    <message>
        <source>Certificates &gt; Requests</source>
        <translation>[証明書]&gt;[申請]</translation>
    </message>
    <message>
        <source>A certificate request has waited more than 24 hours</source>
        <translation>証明書申請が 24 時間以上承認待ちです</translation>
    </message>
    <message>
        <source>Request %1 for %2 is pending since %3. The ACME order has timed out.</source>
        <translation>%2 の申請 %1 は %3 から承認待ちです。ACME のオーダーはタイムアウトしました。</translation>
    </message>
    <message>
        <source>Approve or reject the request, then run Certbot again.</source>
        <translation>申請を承認または却下してから、Certbot をもう一度実行してください。</translation>
    </message>
    <message>
        <source>Requests may need manual approval</source>
        <translation>申請に手動の承認が必要な可能性があります</translation>
    </message>
    <message>
        <source>Whether ACME requests are approved automatically cannot be read through the API, and the API key&apos;s user (%1) is not an Administrator or Manager, whose requests are the only ones the skip setting applies to.</source>
        <translation>ACME の申請が自動承認されるかどうかは API から読み取れません。また、API キーのユーザー (%1) は管理者またはマネージャーではありません。承認ステップのスキップ設定は、管理者とマネージャーの申請にのみ適用されます。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps and select &quot;Skip approval step: remove the approval step from your certificate order processes&quot;. The ACME credential must belong to an Administrator or Manager.</source>
        <translation>1. CertCentral で [設定]&gt;[ユーザー設定] を開きます。
2. [管理グループの設定] ページの [詳細設定] を開きます。
3. [承認手順] セクションで [承認ステップをスキップする:証明書注文プロセスから承認ステップを削除します] を選択します。
ACME 資格情報は管理者またはマネージャーのものである必要があります。</translation>
    </message>
    <message>
        <source>Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps</source>
        <translation>[設定]&gt;[ユーザー設定]&gt;[管理グループの設定]&gt;[詳細設定]&gt;[承認手順]</translation>
    </message>
    <message>
        <source>Whether ACME requests are approved automatically cannot be read through the API. Requests are waiting for approval (%1), so approval is probably not skipped.</source>
        <translation>ACME の申請が自動承認されるかどうかは API から読み取れません。承認待ちの申請が %1 件あるため、承認ステップはスキップされていないと考えられます。</translation>
    </message>
    <message>
        <source>In CertCentral, go to Settings &gt; Preferences &gt; Division Preferences &gt; Advanced Settings &gt; Approval Steps and select &quot;Skip approval step: remove the approval step from your certificate order processes&quot;.</source>
        <translation>1. CertCentral で [設定]&gt;[ユーザー設定] を開きます。
2. [管理グループの設定] ページの [詳細設定] を開きます。
3. [承認手順] セクションで [承認ステップをスキップする:証明書注文プロセスから承認ステップを削除します] を選択します。</translation>
    </message>
    <message>
        <source>The HTTP port is in use</source>
        <translation>HTTP ポートが使用中です</translation>
    </message>
    <message>
        <source>Port %1 is taken%2, so Certbot&apos;s standalone web server cannot start.</source>
        <translation>ポート %1 が使用中のため%2、Certbot のスタンドアロン Web サーバーを起動できません。</translation>
    </message>
    <message>
        <source>Stop the program using the port while Certbot runs, or use the webroot method with the running web server.</source>
        <translation>Certbot の実行中はポートを使用しているプログラムを停止するか、稼働中の Web サーバーで webroot 方式を使用してください。</translation>
    </message>
    <message>
        <source>The assistant is not running as administrator</source>
        <translation>アシスタントが管理者として実行されていません</translation>
    </message>
    <message>
        <source>Certbot on Windows needs administrator rights.</source>
        <translation>Windows の Certbot には管理者権限が必要です。</translation>
    </message>
    <message>
        <source>Restart the assistant as administrator.</source>
        <translation>アシスタントを管理者として再起動してください。</translation>
    </message>
    <message>
        <source>A name does not resolve</source>
        <translation>ドメイン名を解決できません</translation>
    </message>
    <message>
        <source>%1 could not be looked up in DNS from this server: %2</source>
        <translation>このサーバーから %1 を DNS で解決できませんでした: %2</translation>
    </message>
    <message>
        <source>Check the DNS records: for the HTTP challenge the name must point at this server.</source>
        <translation>DNS レコードを確認してください。HTTP チャレンジでは、ドメイン名がこのサーバーを指している必要があります。</translation>
    </message>
    <message>
        <source>Certbot received the certificate</source>
        <translation>Certbot が証明書を取得しました</translation>
    </message>
    <message>
        <source>Saved at %1, valid until %2.</source>
        <translation>保存場所は %1、有効期限は %2 です。</translation>
    </message>
    <message>
        <source>Certbot did not issue: the certificate is not due for renewal</source>
        <translation>Certbot は発行しませんでした: 証明書はまだ更新時期ではありません</translation>
    </message>
    <message>
        <source>Certbot kept the existing certificate. Its renewal settings still point at the old ACME directory URL and account.</source>
        <translation>Certbot は既存の証明書をそのまま残しました。その更新設定は引き続き古い ACME ディレクトリ URL とアカウントを指しています。</translation>
    </message>
    <message>
        <source>To move it to the new credential, run renew with --cert-name, --server and --force-renewal, or issue it in a new config directory.</source>
        <translation>新しい資格情報に移行するには、--cert-name、--server、--force-renewal を指定して renew を実行するか、新しい設定ディレクトリで発行してください。</translation>
    </message>
    <message>
        <source>The server requires external account binding</source>
        <translation>サーバーは外部アカウントバインディングを必要としています</translation>
    </message>
    <message>
        <source>Certbot tried to register without a KID and HMAC key.</source>
        <translation>Certbot は KID と HMAC 鍵なしで登録しようとしました。</translation>
    </message>
    <message>
        <source>Enter the KID and HMAC key of the ACME directory URL from CertCentral.</source>
        <translation>CertCentral の ACME ディレクトリ URL の KID と HMAC 鍵を入力してください。</translation>
    </message>
    <message>
        <source>The server does not know this KID</source>
        <translation>サーバーがこの KID を認識していません</translation>
    </message>
    <message>
        <source>The ACME server refused the registration: %1</source>
        <translation>ACME サーバーが登録を拒否しました: %1</translation>
    </message>
    <message>
        <source>Copy the KID again from CertCentral; if the ACME directory URL was revoked, create a new one.</source>
        <translation>CertCentral から KID をもう一度コピーしてください。ACME ディレクトリ URL が取り消されている場合は、新しく作成してください。</translation>
    </message>
    <message>
        <source>The HMAC key is not valid</source>
        <translation>HMAC 鍵が無効です</translation>
    </message>
    <message>
        <source>The HMAC key does not match the KID, or is not a valid key: %1</source>
        <translation>HMAC 鍵が KID と一致しないか、有効な鍵ではありません: %1</translation>
    </message>
    <message>
        <source>Copy the HMAC key again from CertCentral, exactly as shown, without quotes or spaces.</source>
        <translation>CertCentral から HMAC 鍵を、引用符や空白を含めずに表示どおりもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>Certbot stopped at &quot;Please choose an account&quot;</source>
        <translation>Certbot が &quot;Please choose an account&quot; で停止しました</translation>
    </message>
    <message>
        <source>The config directory holds several accounts for this server.</source>
        <translation>設定ディレクトリにこのサーバーのアカウントが複数あります。</translation>
    </message>
    <message>
        <source>Certbot may not open the HTTP port</source>
        <translation>Certbot が HTTP ポートを開けません</translation>
    </message>
    <message>
        <source>Run as administrator; on Windows the port may also be reserved by http.sys (netsh http show urlacl).</source>
        <translation>管理者として実行してください。Windows では、ポートが http.sys に予約されている場合もあります (netsh http show urlacl)。</translation>
    </message>
    <message>
        <source>Domain validation failed</source>
        <translation>ドメインの認証に失敗しました</translation>
    </message>
    <message>
        <source>Check that the names point at this server and that port 80 is reachable from the internet.</source>
        <translation>ドメイン名がこのサーバーを指していること、およびインターネットからポート 80 に接続できることを確認してください。</translation>
    </message>
    <message>
        <source>The authorizations timed out</source>
        <translation>認可がタイムアウトしました</translation>
    </message>
    <message>
        <source>The CA did not finish the authorizations in time.</source>
        <translation>CA が時間内に認可を完了しませんでした。</translation>
    </message>
    <message>
        <source>Check in CertCentral that the organization and domains are validated and that no request waits for approval, then run again.</source>
        <translation>CertCentral で組織とドメインが認証済みであり、承認待ちの申請がないことを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Issuing the certificate timed out</source>
        <translation>証明書の発行がタイムアウトしました</translation>
    </message>
    <message>
        <source>The order was not finalized in time (Certbot waits 90 seconds by default).</source>
        <translation>オーダーが時間内に確定しませんでした (Certbot の既定の待ち時間は 90 秒です)。</translation>
    </message>
    <message>
        <source>Check in CertCentral for a request waiting for approval and that the organization and domains are validated, then run again.</source>
        <translation>CertCentral で承認待ちの申請がないこと、および組織とドメインが認証済みであることを確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>Certbot could not reach the ACME server</source>
        <translation>Certbot が ACME サーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The ACME server&apos;s certificate was not trusted</source>
        <translation>ACME サーバーの証明書が信頼されませんでした</translation>
    </message>
    <message>
        <source>If a company proxy inspects TLS, give Certbot its CA with the REQUESTS_CA_BUNDLE environment variable.</source>
        <translation>社内のプロキシが TLS を検査している場合は、その CA を環境変数 REQUESTS_CA_BUNDLE で Certbot に指定してください。</translation>
    </message>
    <message>
        <source>The ACME server is limiting requests</source>
        <translation>ACME サーバーがリクエストを制限しています</translation>
    </message>
    <message>
        <source>Wait before trying again.</source>
        <translation>しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certbot is already running</source>
        <translation>Certbot は既に実行中です</translation>
    </message>
    <message>
        <source>Another instance of Certbot holds the lock on this config directory.</source>
        <translation>別の Certbot がこの設定ディレクトリをロックしています。</translation>
    </message>
    <message>
        <source>Wait for it to finish (a scheduled renewal may be running), then try again.</source>
        <translation>終了するまで待ってから (スケジュールされた更新が実行中の可能性があります)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The run was cancelled</source>
        <translation>実行はキャンセルされました</translation>
    </message>
    <message>
        <source>Certbot was stopped before it finished.</source>
        <translation>Certbot は完了前に停止されました。</translation>
    </message>
    <message>
        <source>Run it again when you are ready; the findings above show how far it got.</source>
        <translation>準備ができたらもう一度実行してください。上の検出結果で、どこまで進んだかを確認できます。</translation>
    </message>
    <message>
        <source>Certbot did not finish in time</source>
        <translation>Certbot が時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>Certbot was stopped after %1 seconds.</source>
        <translation>Certbot は %1 秒後に停止されました。</translation>
    </message>
    <message>
        <source>Check the network and CertCentral (pending approvals), then run again.</source>
        <translation>ネットワークと CertCentral (承認待ちの申請) を確認してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The assistant did not start Certbot</source>
        <translation>アシスタントは Certbot を起動しませんでした</translation>
    </message>
    <message>
        <source>Certbot would do the wrong thing with this config directory: %1</source>
        <translation>この設定ディレクトリでは Certbot が誤った動作をします: %1</translation>
    </message>
    <message>
        <source>Fix the findings listed, usually by choosing a new config directory.</source>
        <translation>表示された検出結果に対処してください。通常は新しい設定ディレクトリを選択します。</translation>
    </message>
    <message>
        <source>The ACME directory URL is in another region</source>
        <translation>ACME ディレクトリ URL が別のリージョンのものです</translation>
    </message>
    <message>
        <source>%1 is DigiCert&apos;s ACME host for the %2 region, but the CertCentral account is in the %3 region. A credential works only in its own region.</source>
        <translation>%1 は DigiCert の %2 リージョン用 ACME ホストですが、CertCentral アカウントは %3 リージョンにあります。資格情報は自分のリージョンでのみ使えます。</translation>
    </message>
    <message>
        <source>Use the ACME directory URL CertCentral shows with the credential, or the base URL https://one.digicert.com/mpki/api/v1/acme/v2/directory.</source>
        <translation>CertCentral で資格情報と一緒に表示される ACME ディレクトリ URL、またはベース URL https://one.digicert.com/mpki/api/v1/acme/v2/directory を使用してください。</translation>
    </message>
    <message>
        <source>Certbot could not get through the proxy</source>
        <translation>Certbot がプロキシを通過できませんでした</translation>
    </message>
    <message>
        <source>Set HTTPS_PROXY for the account that runs Certbot (the scheduled renewal task too), with the user name and password if the proxy asks for them (407), or have the proxy let this server reach the ACME server.</source>
        <translation>Certbot を実行するアカウント (スケジュールされた更新タスクも) に HTTPS_PROXY を設定し、プロキシが認証を求める場合 (407) はユーザー名とパスワードも含めてください。または、このサーバーから ACME サーバーへの通信をプロキシで許可してください。</translation>
    </message>
    <message>
        <source>The ACME server rejected the request as a replay</source>
        <translation>ACME サーバーが要求を再送として拒否しました</translation>
    </message>
    <message>
        <source>The server did not accept the one-time value (nonce) Certbot sent: %1</source>
        <translation>Certbot が送った使い捨ての値 (nonce) をサーバーが受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Run again; one such refusal can happen. If it repeats, a proxy or load balancer between this server and the ACME server is caching or altering its answers: exempt the ACME server&apos;s address from it.</source>
        <translation>もう一度実行してください。一度だけなら起こり得ます。繰り返す場合は、このサーバーと ACME サーバーの間のプロキシやロードバランサーが応答をキャッシュまたは書き換えています。ACME サーバーのアドレスを対象外にしてください。</translation>
    </message>
    <message>
        <source>The ACME server refused how the account binding is signed</source>
        <translation>ACME サーバーが外部アカウントバインディングの署名方式を拒否しました</translation>
    </message>
    <message>
        <source>Certbot signs the external account binding with HS256 only. DigiCert accepts it, so check that the ACME directory URL is DigiCert&apos;s; for another CA, use a client that supports the algorithm it requires.</source>
        <translation>Certbot は外部アカウントバインディングを HS256 でのみ署名します。DigiCert はこれを受け付けるため、ACME ディレクトリ URL が DigiCert のものか確認してください。他の認証局の場合は、その認証局が求める方式に対応したクライアントを使用してください。</translation>
    </message>
    <message>
        <source>Certbot stopped to ask for a setting</source>
        <translation>Certbot が設定の入力を求めて停止しました</translation>
    </message>
    <message>
        <source>Run without a person (-n, or a scheduled task), Certbot needs every answer on its command line or in its configuration: %1</source>
        <translation>人の操作なしで実行する場合 (-n やスケジュールされたタスク)、Certbot はすべての回答をコマンドラインか設定で受け取る必要があります: %1</translation>
    </message>
    <message>
        <source>Run the command the assistant builds (it passes every setting), or add what is named: for example --email ADDRESS or --register-unsafely-without-email, --agree-tos, -d NAME.</source>
        <translation>アシスタントが作成するコマンドで実行するか (必要な設定をすべて渡します)、示された項目を追加してください。例: --email アドレス または --register-unsafely-without-email、--agree-tos、-d ドメイン名。</translation>
    </message>
    <message>
        <source>The ACME server refused to register the account</source>
        <translation>ACME サーバーがアカウントの登録を拒否しました</translation>
    </message>
    <message>
        <source>The ACME credential (KID and HMAC key) was refused. In CertCentral, check that it is active and not revoked or expired, and that this is its directory URL; if it was revoked, create a new credential and register with it in a new config directory.</source>
        <translation>ACME 資格情報 (KID と HMAC 鍵) が拒否されました。CertCentral で、資格情報が有効で取り消し・期限切れになっていないこと、このディレクトリ URL のものであることを確認してください。取り消されている場合は、新しい資格情報を作成し、新しい設定ディレクトリで登録してください。</translation>
    </message>
    <message>
        <source>Windows refused a file operation Certbot needs</source>
        <translation>Certbot に必要なファイル操作を Windows が拒否しました</translation>
    </message>
    <message>
        <source>Keep the config directory on a local NTFS drive (not a network share, FAT or exFAT), and run Certbot from a command prompt started as administrator: Certbot sets owners and makes links there.</source>
        <translation>設定ディレクトリはローカルの NTFS ドライブに置き (ネットワーク共有や FAT、exFAT は不可)、管理者として起動したコマンドプロンプトから Certbot を実行してください。Certbot はそこで所有者を設定し、リンクを作成します。</translation>
    </message>
    <message>
        <source>The certificate is installed</source>
        <translation>証明書をインストールしました</translation>
    </message>
    <message>
        <source>Certificate &quot;%1&quot; was installed to %2.</source>
        <translation>証明書「%1」を %2 にインストールしました。</translation>
    </message>
    <message>
        <source>The certificate could not be installed</source>
        <translation>証明書をインストールできませんでした</translation>
    </message>
    <message>
        <source>Installing certificate &quot;%1&quot; to %2 failed: %3</source>
        <translation>証明書「%1」を %2 にインストールできませんでした: %3</translation>
    </message>
    <message>
        <source>Run the assistant as administrator (the machine&apos;s certificate store and HTTPS bindings need it) and check that the target exists; then install again.</source>
        <translation>アシスタントを管理者として実行し (コンピューターの証明書ストアと HTTPS バインドには管理者権限が必要です)、インストール先があることを確認してから、もう一度インストールしてください。</translation>
    </message>
    <message>
        <source>No HTTPS binding to update</source>
        <translation>更新する HTTPS バインドがありません</translation>
    </message>
    <message>
        <source>%1 has no HTTPS binding on this server yet, so nothing was pointed at the new certificate.</source>
        <translation>%1 にはこのサーバーでまだ HTTPS バインドがないため、新しい証明書には何も切り替えていません。</translation>
    </message>
    <message>
        <source>Add the https binding in IIS Manager (or with netsh http add sslcert) once, choosing the new certificate; later renewals update it.</source>
        <translation>IIS マネージャー (または netsh http add sslcert) で一度 https バインドを追加し、新しい証明書を選んでください。以降の更新ではアシスタントが切り替えます。</translation>
    </message>
    <message>
        <source>The server still serves the old certificate</source>
        <translation>サーバーはまだ古い証明書を使用しています</translation>
    </message>
    <message>
        <source>%1 serves certificate %3 (expires %5), not the new one of &quot;%2&quot; (%4).</source>
        <translation>%1 は証明書 %3 (有効期限 %5) を提示しており、「%2」の新しい証明書 (%4) ではありません。</translation>
    </message>
    <message>
        <source>Point the binding at the new certificate (IIS Manager &gt; Site &gt; Bindings &gt; https), or restart the service that serves it; then install again to check.</source>
        <translation>バインドを新しい証明書に切り替える (IIS マネージャー &gt; サイト &gt; バインド &gt; https) か、証明書を提示しているサービスを再起動し、もう一度インストールして確認してください。</translation>
    </message>
    <message>
        <source>The served certificate could not be checked</source>
        <translation>提示されている証明書を確認できませんでした</translation>
    </message>
    <message>
        <source>No TLS connection to %1: %2</source>
        <translation>%1 に TLS で接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Check that the site runs and that this server can reach %1; the certificate may still be right.</source>
        <translation>サイトが動作していて、このサーバーから %1 に接続できるか確認してください。証明書自体は正しい可能性があります。</translation>
    </message>
    <message>
        <source>A certificate in the Windows store expires unrenewed</source>
        <translation>Windows 証明書ストアの証明書が更新されないまま期限切れになります</translation>
    </message>
    <message>
        <source>The certificate for %2 in %1 expires on %3 (thumbprint %4), and no certbot certificate on this server covers these names.</source>
        <translation>%1 にある %2 の証明書は %3 に期限切れになります (拇印 %4)。このサーバーの certbot の証明書はいずれもこれらのドメイン名を含んでいません。</translation>
    </message>
    <message>
        <source>If a site or service still uses it, get a certificate for these names with the assistant and install it there; otherwise remove it from the store.</source>
        <translation>サイトやサービスがまだこの証明書を使っている場合は、アシスタントでこれらのドメイン名の証明書を取得してインストールしてください。使っていなければストアから削除してください。</translation>
    </message>
    <message>
        <source>Certbot could not renew a certificate</source>
        <translation>Certbot が証明書を更新できませんでした</translation>
    </message>
    <message>
        <source>Renewing &quot;%1&quot; in %2 failed: %3</source>
        <translation>%2 の「%1」の更新に失敗しました: %3</translation>
    </message>
    <message>
        <source>Open the assistant on this server and check this folder (or run certbot-assistant diagnose --config-dir with the folder): the finding there names the cause and its fix. The certificate keeps working until it expires.</source>
        <translation>このサーバーでアシスタントを開いてこのフォルダーを確認してください (または certbot-assistant diagnose --config-dir にこのフォルダーを指定して実行してください)。表示される結果に原因と対処方法が示されます。証明書は有効期限まで使えます。</translation>
    </message>
    <message>
        <source>Certbot failed</source>
        <translation>Certbot が失敗しました</translation>
    </message>
    <message>
        <source>Read Certbot&apos;s output and log for details.</source>
        <translation>詳しくは Certbot の出力とログを確認してください。</translation>
    </message>
    <message>
        <source>The e-mail settings cannot be used</source>
        <translation>メールの設定を使用できません</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. The renewal ran all the same; no e-mail can be sent until this is fixed.</source>
        <translation>%1 を使用できません: %2。更新は通常どおり実行されましたが、これを修正するまでメールは送信できません。</translation>
    </message>
    <message>
        <source>Set them again with &quot;certbot-assistant notify set&quot;, or remove them with &quot;certbot-assistant notify clear&quot;.</source>
        <translation>&quot;certbot-assistant notify set&quot; で設定し直すか、&quot;certbot-assistant notify clear&quot; で削除してください。</translation>
    </message>
    <message>
        <source>Where to install certificates is not known</source>
        <translation>証明書のインストール先が分かりません</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2. Certificates renewed in this folder are not installed for the server again until this is fixed.</source>
        <translation>%1 を使用できません: %2。これを修正するまで、このフォルダーで更新された証明書はサーバーに再インストールされません。</translation>
    </message>
    <message>
        <source>Install the certificate again from the assistant&apos;s Done page, or with &quot;certbot-assistant deploy&quot; and its targets: the file is written anew.</source>
        <translation>アシスタントの [完了] ページ、またはインストール先を指定した &quot;certbot-assistant deploy&quot; で証明書をもう一度インストールしてください。ファイルは新しく書き直されます。</translation>
    </message>
    <message>
        <source>Others can read the private key</source>
        <translation>秘密鍵を他のユーザーが読み取れます</translation>
    </message>
    <message>
        <source>%1 has mode %2: users other than its owner and group can read the certificate&apos;s private key.</source>
        <translation>%1 のモードは %2 です。所有者とグループ以外のユーザーも証明書の秘密鍵を読み取れます。</translation>
    </message>
    <message>
        <source>Install without --allow-readable-key unless the service needs it; 640 with the service&apos;s group is enough for most.</source>
        <translation>サービスが必要としない限り、--allow-readable-key を付けずにインストールしてください。ほとんどの場合、サービスのグループで 640 にすれば十分です。</translation>
    </message>
    <message>
        <source>A certificate breaks the X.509 rules</source>
        <translation>証明書が X.509 の規則に反しています</translation>
    </message>
    <message>
        <source>%1: %2. Windows, browsers and other clients may refuse it; DigiCert never issues such a certificate.</source>
        <translation>%1: %2。Windows、ブラウザーなどのクライアントが拒否する場合があります。DigiCert がこのような証明書を発行することはありません。</translation>
    </message>
    <message>
        <source>Find out where the file came from, and request the certificate again.</source>
        <translation>このファイルの出どころを調べ、証明書をもう一度申請してください。</translation>
    </message>
    <message>
        <source>CertCentral was not checked</source>
        <translation>CertCentral を確認していません</translation>
    </message>
    <message>
        <source>You chose to go on without CertCentral (%1). Organization and domain validation and waiting requests are not known: if one holds the order back, Certbot ends with a timeout.</source>
        <translation>CertCentral を確認せずに続行することを選択しました (%1)。組織とドメインの認証や承認待ちの申請が分からないため、それらがオーダーを止めている場合、Certbot はタイムアウトで終了します。</translation>
    </message>
    <message>
        <source>Enter a working CertCentral API key and check again before you run Certbot.</source>
        <translation>Certbot を実行する前に、有効な CertCentral API キーを入力してもう一度確認してください。</translation>
    </message>
    <message>
        <source>Certbot&apos;s log cannot be read</source>
        <translation>Certbot のログを読み取れません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. When the certificates were last renewed is not known, and the file may hold an HMAC key the assistant cannot check for.</source>
        <translation>%1 を読み取れません: %2。証明書が最後に更新された日時が分からず、アシスタントが確認できない HMAC 鍵がこのファイルに含まれている可能性があります。</translation>
    </message>
    <message>
        <source>Run the assistant as an administrator (or root), or check the file by hand.</source>
        <translation>アシスタントを管理者 (または root) として実行するか、ファイルを手動で確認してください。</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Installed by</source>
        <translation>インストール方法</translation>
    </message>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリ URL</translation>
    </message>
    <message>
        <source>Server in renewal settings</source>
        <translation>更新設定のサーバー</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>ACME credential</source>
        <translation>ACME 資格情報</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>KID</source>
        <translation>KID</translation>
    </message>
    <message>
        <source>Recorded KID</source>
        <translation>記録されている KID</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>不足しているファイル</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>プロセス</translation>
    </message>
    <message>
        <source>KID of an interrupted run</source>
        <translation>中断された実行の KID</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>リンク先</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>バインド</translation>
    </message>
    <message>
        <source>Installed to</source>
        <translation>インストール先</translation>
    </message>
    <message>
        <source>Account&apos;s region</source>
        <translation>アカウントのリージョン</translation>
    </message>
    <message>
        <source>Config directory</source>
        <translation>設定ディレクトリ</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>想定値</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>使用中のプロセス</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Certificate store</source>
        <translation>証明書ストア</translation>
    </message>
    <message>
        <source>Thumbprint</source>
        <translation>拇印</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動済み</translation>
    </message>
    <message>
        <source>Not moved yet</source>
        <translation>未移動</translation>
    </message>
    <message>
        <source>Renews on</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Validated until</source>
        <translation>認証の期限</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>This certificate cannot be moved unattended</source>
        <translation>この証明書は無人では移せません</translation>
    </message>
    <message>
        <source>%1 uses the manual authenticator without an authentication hook: Certbot would wait for someone to put each challenge in place by hand.</source>
        <translation>%1 は認証フックのない manual 方式を使っています。Certbot は、誰かが手作業でチャレンジを置くのを待つことになります。</translation>
    </message>
    <message>
        <source>Issue it again in the new folder with the wizard, or give it a --manual-auth-hook first; the other certificates can be moved.</source>
        <translation>ウィザードで新しいフォルダーにもう一度発行するか、先に --manual-auth-hook を設定してください。ほかの証明書は移せます。</translation>
    </message>
    <message>
        <source>This certificate&apos;s settings cannot be read</source>
        <translation>この証明書の設定を読み取れません</translation>
    </message>
    <message>
        <source>The renewal settings or the certificate of %1 cannot be read: %2</source>
        <translation>%1 の更新設定または証明書を読み取れません: %2</translation>
    </message>
    <message>
        <source>Fix or remove this certificate in the old folder, then run the move again.</source>
        <translation>古いフォルダーでこの証明書を修正するか削除してから、もう一度移動を実行してください。</translation>
    </message>
    <message>
        <source>A setting is not carried to the new folder</source>
        <translation>新しいフォルダーに引き継がれない設定があります</translation>
    </message>
    <message>
        <source>%1: %2 = %3 is not carried over; the assistant does not know how to set it again.</source>
        <translation>%1: %2 = %3 は引き継がれません。アシスタントはこの設定をもう一度指定する方法を知りません。</translation>
    </message>
    <message>
        <source>After the move, set it again for this certificate in the new folder if it is still needed.</source>
        <translation>まだ必要であれば、移動の後に新しいフォルダーでこの証明書に設定し直してください。</translation>
    </message>
    <message>
        <source>The installer plugin is not carried to the new folder</source>
        <translation>インストーラー プラグインは新しいフォルダーに引き継がれません</translation>
    </message>
    <message>
        <source>%1 was installed by the %2 plugin. The move orders it with certonly, which installs nothing.</source>
        <translation>%1 は %2 プラグインでインストールされていました。移動では certonly でオーダーするため、何もインストールされません。</translation>
    </message>
    <message>
        <source>After the move, install it with &quot;certbot-assistant deploy&quot; or &quot;certbot install&quot;.</source>
        <translation>移動の後、&quot;certbot-assistant deploy&quot; または &quot;certbot install&quot; でインストールしてください。</translation>
    </message>
    <message>
        <source>No webroot folder is recorded for a name</source>
        <translation>ドメイン名に対する webroot フォルダーが記録されていません</translation>
    </message>
    <message>
        <source>%1 uses the webroot method, but its renewal settings name no folder for %2.</source>
        <translation>%1 は webroot 方式を使っていますが、更新設定に %2 のフォルダーがありません。</translation>
    </message>
    <message>
        <source>Renew it once in the old folder with -w for that name, or issue it again in the new folder with the wizard.</source>
        <translation>古いフォルダーでそのドメイン名に -w を付けて一度更新するか、ウィザードで新しいフォルダーにもう一度発行してください。</translation>
    </message>
    <message>
        <source>Certificate moved to the new credential</source>
        <translation>証明書を新しい資格情報に移しました</translation>
    </message>
    <message>
        <source>%1 was issued again in %2 with KID %3, with its renewal settings.</source>
        <translation>%1 を %2 に KID %3 で、更新設定とともにもう一度発行しました。</translation>
    </message>
    <message>
        <source>The move stopped before every certificate moved</source>
        <translation>すべての証明書を移す前に移動が止まりました</translation>
    </message>
    <message>
        <source>It stopped at %1. Moved: %2. Not moved yet: %3. The old folder was left as it is.</source>
        <translation>%1 で止まりました。移動済み: %2。未移動: %3。古いフォルダーはそのままです。</translation>
    </message>
    <message>
        <source>Fix what the findings above name, then run the same move again: it goes on where it stopped.</source>
        <translation>上の検出結果が示す問題を直してから、同じ移動をもう一度実行してください。止まったところから続きます。</translation>
    </message>
    <message>
        <source>The move did not start</source>
        <translation>移動を始めませんでした</translation>
    </message>
    <message>
        <source>A check before the first order failed (see the findings above). Nothing was ordered; the old folder was left as it is. Not moved yet: %1.</source>
        <translation>最初のオーダーの前の確認で問題が見つかりました (上の検出結果を参照)。何もオーダーしていません。古いフォルダーはそのままです。未移動: %1。</translation>
    </message>
    <message>
        <source>Fix what the findings above name, then run the same move again.</source>
        <translation>上の検出結果が示す問題を直してから、同じ移動をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The service to install for is not on this server</source>
        <translation>インストール先のサービスがこのサーバーにありません</translation>
    </message>
    <message>
        <source>%1 was asked for, but this server has no such service or setting.</source>
        <translation>%1 が指定されましたが、このサーバーにはそのサービスや設定がありません。</translation>
    </message>
    <message>
        <source>Check the name (for SQL Server, the instance name as SQL Server Configuration Manager shows it), or leave this target out.</source>
        <translation>名前を確認してください (SQL Server の場合は SQL Server 構成マネージャーに表示されるインスタンス名)。または、このインストール先を外してください。</translation>
    </message>
    <message>
        <source>A service could not be pointed at the new certificate</source>
        <translation>サービスを新しい証明書に切り替えられませんでした</translation>
    </message>
    <message>
        <source>%1 still uses its previous certificate: %2</source>
        <translation>%1 は以前の証明書を使い続けています: %2</translation>
    </message>
    <message>
        <source>Run the assistant as administrator and install again; the previous certificate stays in the store until every service has moved.</source>
        <translation>アシスタントを管理者として実行し、もう一度インストールしてください。すべてのサービスが切り替わるまで、以前の証明書はストアに残ります。</translation>
    </message>
    <message>
        <source>A service&apos;s certificate setting did not change</source>
        <translation>サービスの証明書の設定が変わりませんでした</translation>
    </message>
    <message>
        <source>%1 was set to the new certificate, but reading it back still shows another one.</source>
        <translation>%1 に新しい証明書を設定しましたが、読み直すと別の証明書のままです。</translation>
    </message>
    <message>
        <source>A policy may set it (Group Policy for Remote Desktop); change it there, or run the assistant as administrator and install again.</source>
        <translation>ポリシー (リモート デスクトップのグループ ポリシーなど) で設定されている可能性があります。そちらで変更するか、アシスタントを管理者として実行してもう一度インストールしてください。</translation>
    </message>
    <message>
        <source>Restart the service to use the new certificate</source>
        <translation>新しい証明書を使うにはサービスの再起動が必要です</translation>
    </message>
    <message>
        <source>%1 now names the new certificate; the %2 service reads it only when it starts.</source>
        <translation>%1 は新しい証明書を指しています。%2 サービスは起動時にのみ証明書を読み込みます。</translation>
    </message>
    <message>
        <source>Restart the %2 service at a quiet time, or install with --restart to restart it now.</source>
        <translation>影響の少ない時間に %2 サービスを再起動するか、--restart を付けてインストールし、すぐに再起動してください。</translation>
    </message>
    <message>
        <source>Service pointed at the new certificate</source>
        <translation>サービスを新しい証明書に切り替えました</translation>
    </message>
    <message>
        <source>%1 now uses certificate %2.</source>
        <translation>%1 は証明書 %2 を使っています。</translation>
    </message>
    <message>
        <source>An account to give key access to is unknown</source>
        <translation>秘密鍵へのアクセスを許可するアカウントが見つかりません</translation>
    </message>
    <message>
        <source>%1 is not an account Windows knows on this server.</source>
        <translation>%1 は、このサーバーの Windows が認識しているアカウントではありません。</translation>
    </message>
    <message>
        <source>Give the account as Windows shows it (DOMAIN\user, NT Service\MSSQLSERVER) or as a SID (S-1-5-…).</source>
        <translation>Windows での表示どおり (DOMAIN\user、NT Service\MSSQLSERVER) に指定するか、SID (S-1-5-…) で指定してください。</translation>
    </message>
    <message>
        <source>A service account cannot read the private key</source>
        <translation>サービス アカウントが秘密鍵を読み取れません</translation>
    </message>
    <message>
        <source>Read access to the private key could not be given to %1: %2</source>
        <translation>%1 に秘密鍵の読み取りを許可できませんでした: %2</translation>
    </message>
    <message>
        <source>Run the assistant as administrator and install again; without it the service cannot use the certificate (SQL Server does not start, Remote Desktop keeps a self-signed one).</source>
        <translation>アシスタントを管理者として実行し、もう一度インストールしてください。許可がないとサービスは証明書を使えません (SQL Server は起動せず、リモート デスクトップは自己署名証明書を使い続けます)。</translation>
    </message>
    <message>
        <source>The previous certificate was kept: something still uses it</source>
        <translation>以前の証明書は使用中のため残しました</translation>
    </message>
    <message>
        <source>Certificate %1 stays in the store: %2 still uses it.</source>
        <translation>証明書 %1 はストアに残ります。%2 がまだ使っています。</translation>
    </message>
    <message>
        <source>Point that service at the new certificate; the next renewal removes the old one once nothing uses it.</source>
        <translation>そのサービスを新しい証明書に切り替えてください。使われなくなった古い証明書は、次回の更新で削除されます。</translation>
    </message>
    <message>
        <source>There is no previous certificate to go back to</source>
        <translation>戻せる以前の証明書がありません</translation>
    </message>
    <message>
        <source>No earlier certificate of %1 is remembered, or it is no longer in the store.</source>
        <translation>%1 の以前の証明書の記録がないか、ストアに残っていません。</translation>
    </message>
    <message>
        <source>Install the certificate again, or choose it by hand in each service.</source>
        <translation>証明書をもう一度インストールするか、各サービスで手動で選択してください。</translation>
    </message>
    <message>
        <source>Services pointed back at the previous certificate</source>
        <translation>サービスを以前の証明書に戻しました</translation>
    </message>
    <message>
        <source>%1 now use certificate %2 again.</source>
        <translation>%1 は再び証明書 %2 を使っています。</translation>
    </message>
    <message>
        <source>Find out why the new certificate did not work before the previous one expires; renewals install the newest one again.</source>
        <translation>以前の証明書の有効期限が切れる前に、新しい証明書が使えなかった原因を調べてください。次回の更新では最新の証明書が再びインストールされます。</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>How to fix: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>MachineKey</name>
    <message>
        <source>The machine&apos;s CertCentral API key: %1</source>
        <translation>このコンピューターの CertCentral API キー: %1</translation>
    </message>
    <message>
        <source>Only an administrator (Windows) or root (Linux) can store or delete the API key the scheduled renewal uses. Run this again as administrator.</source>
        <translation>自動更新が使う API キーを保存または削除できるのは、管理者 (Windows) または root (Linux) だけです。管理者としてもう一度実行してください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>larger than 4 KiB</source>
        <translation>4 KiB を超えています</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The relay name &quot;%1&quot; is not a host name.</source>
        <translation>リレーの名前 &quot;%1&quot; はホスト名ではありません。</translation>
    </message>
    <message>
        <source>The port %1 is not between 1 and 65535.</source>
        <translation>ポート %1 は 1 から 65535 の範囲にありません。</translation>
    </message>
    <message>
        <source>Give 1 to %1 recipients.</source>
        <translation>宛先を 1 件から %1 件まで指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 はテキストで指定してください。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 は整数で指定してください。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 は true か false で指定してください。</translation>
    </message>
    <message>
        <source>%1 must be a list.</source>
        <translation>%1 はリストで指定してください。</translation>
    </message>
    <message>
        <source>%1: nested too deeply</source>
        <translation>%1: 入れ子が深すぎます</translation>
    </message>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: 正しい JSON ではありません</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>recipients must be a list of e-mail addresses.</source>
        <translation>recipients はメールアドレスのリストで指定してください。</translation>
    </message>
    <message>
        <source>%1: the relay&apos;s certificate was not accepted (%2); nothing was sent</source>
        <translation>%1: リレーの証明書を受け入れられませんでした (%2)。何も送信していません</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>EFF Windows installer</source>
        <translation>EFF Windows インストーラー</translation>
    </message>
    <message>
        <source>included with the assistant</source>
        <translation>アシスタントに同梱</translation>
    </message>
    <message>
        <source>pip</source>
        <translation>pip</translation>
    </message>
    <message>
        <source>Python virtual environment</source>
        <translation>Python 仮想環境</translation>
    </message>
    <message>
        <source>snap</source>
        <translation>snap</translation>
    </message>
    <message>
        <source>Linux distribution package</source>
        <translation>Linux ディストリビューションのパッケージ</translation>
    </message>
    <message>
        <source>demo mode: its runs are played back</source>
        <translation>デモモード: 実行は再生のみ</translation>
    </message>
</context>
<context>
    <name>Marker</name>
    <message>
        <source>The assistant&apos;s record %1 cannot be used: %2</source>
        <translation>アシスタントの記録 %1 を使用できません: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>unsupported schema %1</source>
        <translation>対応していないスキーマ %1 です</translation>
    </message>
    <message>
        <source>&apos;accounts&apos; is not a list</source>
        <translation>&apos;accounts&apos; がリストではありません</translation>
    </message>
    <message>
        <source>an account entry lacks server, eab_kid or account_id</source>
        <translation>アカウントの項目に server、eab_kid、account_id のいずれかがありません</translation>
    </message>
    <message>
        <source>&apos;pending&apos; is not a list</source>
        <translation>&apos;pending&apos; がリストではありません</translation>
    </message>
    <message>
        <source>a pending entry lacks server, eab_kid or started_at</source>
        <translation>登録中の項目に server、eab_kid、started_at のいずれかがありません</translation>
    </message>
    <message>
        <source>is a link; the assistant does not follow it</source>
        <translation>リンクです。アシスタントはリンクをたどりません</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>UTF-8 のテキストではありません</translation>
    </message>
    <message>
        <source>not valid JSON (%1, line %2)</source>
        <translation>正しい JSON ではありません (%1、%2 行目)</translation>
    </message>
    <message>
        <source>not usable JSON (%1)</source>
        <translation>使える JSON ではありません (%1)</translation>
    </message>
</context>
<context>
    <name>MigrationDialog</name>
    <message>
        <source>Move the certificates to the new credential</source>
        <translation>証明書を新しい資格情報に移す</translation>
    </message>
    <message>
        <source>Each certificate of %1 is ordered again in %2 with the credential of profile %3: the same names and settings. The old folder is left as it is.</source>
        <translation>%1 の各証明書を、プロファイル %3 の資格情報で %2 にもう一度オーダーします。ドメイン名と設定は同じです。古いフォルダーはそのままです。</translation>
    </message>
    <message>
        <source>Certificates to move</source>
        <translation>移す証明書</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Domain names</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>認証方法</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message numerus="yes">
        <source>DigiCert will see %n new order(s).</source>
        <translation>
            <numerusform>DigiCert には %n 件の新しいオーダーが届きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>移動(&amp;M)</translation>
    </message>
    <message>
        <source>already moved</source>
        <translation>移動済み</translation>
    </message>
    <message>
        <source>cannot be moved</source>
        <translation>移せません</translation>
    </message>
    <message>
        <source>will be ordered again</source>
        <translation>もう一度オーダーします</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Certificates on this server</source>
        <translation>このサーバーの証明書</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Last renewal</source>
        <translation>前回の更新</translation>
    </message>
    <message>
        <source>Renewed by</source>
        <translation>更新するタスク</translation>
    </message>
    <message>
        <source>Looking for certificates…</source>
        <translation>証明書を探しています…</translation>
    </message>
    <message>
        <source>The certificates could not be listed.</source>
        <translation>証明書の一覧を取得できませんでした。</translation>
    </message>
    <message>
        <source>not validated</source>
        <translation>未認証</translation>
    </message>
    <message>
        <source>%1: validated until %2</source>
        <translation>%1: %2 まで認証済み</translation>
    </message>
    <message>
        <source>no scheduled task</source>
        <translation>スケジュールされたタスクなし</translation>
    </message>
    <message numerus="yes">
        <source>%n domain validation(s) end before the renewal that needs them: choose Check an existing setup.</source>
        <translation>
            <numerusform>%n 件のドメイン認証が、必要な更新より前に切れます。[既存の設定を確認する] を選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>No certificates yet.</source>
        <translation>証明書はまだありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) failed to renew last time: choose Check an existing setup.</source>
        <translation>
            <numerusform>前回 %n 件の証明書の更新に失敗しました。[既存の設定を確認する] を選んでください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found.</source>
        <translation>
            <numerusform>%n 件の証明書が見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>ACME directory URL</source>
        <translation>ACME ディレクトリ URL</translation>
    </message>
    <message>
        <source>CertCentral region</source>
        <translation>CertCentral のリージョン</translation>
    </message>
    <message>
        <source>Folder for new config directories</source>
        <translation>新しい設定ディレクトリの作成先</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>SMTP relay</source>
        <translation>SMTP リレー</translation>
    </message>
    <message>
        <source>E-mail recipients</source>
        <translation>メールの宛先</translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>The profiles could not be read.</source>
        <translation>プロファイルを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The profiles file %1 could not be read (%2). It was kept as %3; the assistant starts with no profiles. Nothing was deleted.</source>
        <translation>プロファイルのファイル %1 を読み取れませんでした (%2)。このファイルは %3 として保管しました。アシスタントはプロファイルなしで起動します。削除されたものはありません。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>「%1」という名前のプロファイルはありません。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>A profile name uses letters, digits, spaces and . @ ( ) - _ (at most 64): %1</source>
        <translation>プロファイル名には文字、数字、空白、および . @ ( ) - _ を使用できます (64 文字以内): %1</translation>
    </message>
    <message>
        <source>The profiles could not be saved to %1: %2</source>
        <translation>プロファイルを %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>場所(&amp;L):</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>ファイルの種類(&amp;T):</translation>
    </message>
</context>
<context>
    <name>Renewal</name>
    <message>
        <source>The task scheduler reported an error: %1</source>
        <translation>タスク スケジューラがエラーを報告しました: %1</translation>
    </message>
    <message>
        <source>%1 holds a character a scheduled task cannot keep (a line break or another control character; in the program&apos;s own path also a quote or a backslash); rename the folder, or use a link to it without one.</source>
        <translation>%1 には、スケジュールされたタスクが保持できない文字 (改行などの制御文字、およびプログラム自体のパスでは引用符や円記号) が含まれています。フォルダー名を変更するか、そのような文字を含まないリンクを使用してください。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Diagnostic report</source>
        <translation>診断レポート</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>選択内容</translation>
    </message>
    <message>
        <source>Certbot installations</source>
        <translation>検出された Certbot</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Command (HMAC key masked)</source>
        <translation>コマンド (HMAC 鍵は伏せ字)</translation>
    </message>
    <message>
        <source>Output of the last certbot run</source>
        <translation>最後の Certbot 実行の出力</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>What was done in this session</source>
        <translation>このセッションで行ったこと</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>内容の確認</translation>
    </message>
    <message>
        <source>This is exactly what will run. Nothing has been changed yet.</source>
        <translation>次のとおりに実行されます。まだ何も変更されていません。</translation>
    </message>
    <message>
        <source>The certbot command</source>
        <translation>Certbot のコマンド</translation>
    </message>
    <message>
        <source>Copy for &amp;cmd.exe</source>
        <translation>cmd.exe 用にコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the command for cmd.exe</source>
        <translation>コマンドを cmd.exe 用にコピー</translation>
    </message>
    <message>
        <source>Copy for &amp;PowerShell</source>
        <translation>PowerShell 用にコピー(&amp;P)</translation>
    </message>
    <message>
        <source>Copy the command for PowerShell</source>
        <translation>コマンドを PowerShell 用にコピー</translation>
    </message>
    <message>
        <source>Copy for a &amp;shell</source>
        <translation>シェル用にコピー(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the command for a POSIX shell</source>
        <translation>POSIX シェル用にコマンドをコピー</translation>
    </message>
    <message>
        <source>&amp;Run Certbot</source>
        <translation>Certbot を実行(&amp;R)</translation>
    </message>
    <message>
        <source>Certbot registers a new ACME account with KID %1 in %2.</source>
        <translation>Certbot は %2 に KID %1 で新しい ACME アカウントを登録します。</translation>
    </message>
    <message>
        <source>Certbot uses the account already in %1 (registered with KID %2).</source>
        <translation>Certbot は %1 にある既存のアカウント (KID %2 で登録済み) を使用します。</translation>
    </message>
    <message>
        <source>CertCentral has validated every name, so DigiCert asks for no challenge.</source>
        <translation>CertCentral ですべてのドメイン名が認証済みのため、DigiCert はチャレンジを求めません。</translation>
    </message>
    <message>
        <source>It proves control of the names by answering on port %1 itself.</source>
        <translation>ドメイン名の利用権は、Certbot 自身がポート %1 で応答して証明します。</translation>
    </message>
    <message>
        <source>It proves control of the names with files in %1.</source>
        <translation>ドメイン名の利用権は、%1 に置くファイルで証明します。</translation>
    </message>
    <message>
        <source>Then it requests a certificate for %1 from %2. The HMAC key is passed in a temporary file that only you can read, removed when Certbot ends.</source>
        <translation>その後、%2 に %1 の証明書を申請します。HMAC 鍵は現在のユーザーだけが読み取れる一時ファイルで渡され、Certbot の終了時に削除されます。</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <comment>three sentences in a row</comment>
        <translation>%1%2%3</translation>
    </message>
    <message numerus="yes">
        <source>It waits up to %n minute(s) for DigiCert to issue the certificate (an approval can take that long; Certbot&apos;s own limit is 90 seconds).</source>
        <translation>
            <numerusform>DigiCert が証明書を発行するまで最大 %n 分待ちます (承認にはそれだけかかることがあります。Certbot 自体の上限は 90 秒です)。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>The command is on the clipboard (the HMAC key is masked in it).</source>
        <translation>コマンドをクリップボードにコピーしました (HMAC 鍵は伏せてあります)。</translation>
    </message>
</context>
<context>
    <name>Run</name>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 を起動できませんでした: %2</translation>
    </message>
    <message>
        <source>Demo mode writes only inside its sample folder %1; choose a config directory there instead of %2.</source>
        <translation>デモモードはサンプルフォルダー %1 の中にのみ書き込みます。%2 ではなく、その中の設定ディレクトリを選択してください。</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>&amp;Stop Certbot</source>
        <translation>Certbot を停止(&amp;S)</translation>
    </message>
    <message>
        <source>Stop Certbot</source>
        <translation>Certbot を停止</translation>
    </message>
    <message>
        <source>Certbot is talking to the ACME server. This takes a few seconds to a few minutes.</source>
        <translation>Certbot が ACME サーバーと通信しています。数秒から数分かかります。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>オーダー</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>チャレンジ</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Certbot output</source>
        <translation>Certbot の出力</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Certbot is running…</source>
        <translation>Certbot を実行しています…</translation>
    </message>
    <message>
        <source>Stop Certbot now? Nothing is lost: you can run it again.</source>
        <translation>Certbot を今すぐ停止しますか? 失われるものはありません。もう一度実行できます。</translation>
    </message>
    <message>
        <source>Stopping Certbot…</source>
        <translation>Certbot を停止しています…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: 完了</translation>
    </message>
    <message>
        <source>%1: you stopped Certbot here</source>
        <translation>%1: ここで Certbot を停止しました</translation>
    </message>
    <message>
        <source>%1: stopped here</source>
        <translation>%1: ここで停止</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: 未完了</translation>
    </message>
    <message>
        <source>You stopped Certbot. Nothing is lost: choose Try again when you are ready.</source>
        <translation>Certbot を停止しました。失われたものはありません。準備ができたら [再試行] を選択してください。</translation>
    </message>
    <message>
        <source>Certbot stopped before a certificate was issued. The findings below say why and how to fix it; then try again.</source>
        <translation>証明書が発行される前に Certbot が停止しました。下の検出結果に原因と対処方法を示します。対処してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The assistant did not start Certbot. Fix the findings below first, then try again.</source>
        <translation>アシスタントは Certbot を起動していません。先に下の検出結果に対処してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Certbot received the certificate.</source>
        <translation>Certbot が証明書を取得しました。</translation>
    </message>
    <message>
        <source>Certbot did not get a certificate: fix what the findings above name, then choose Try again.</source>
        <translation>Certbot は証明書を取得できませんでした。上の検出事項を修正してから [再試行] を選択してください。</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows 資格情報マネージャー</translation>
    </message>
    <message>
        <source>Secret Service</source>
        <translation>Secret Service</translation>
    </message>
    <message>
        <source>Secret Service (libsecret)</source>
        <translation>Secret Service (libsecret)</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS キーチェーン</translation>
    </message>
    <message>
        <source>KWallet</source>
        <translation>KWallet</translation>
    </message>
    <message>
        <source>memory only (demo mode: forgotten when the assistant closes)</source>
        <translation>メモリのみ (デモモード: アシスタントを閉じると消去されます)</translation>
    </message>
    <message>
        <source>The keyring failed.</source>
        <translation>資格情報マネージャーでエラーが発生しました。</translation>
    </message>
    <message>
        <source>No usable keyring was found, so the key cannot be stored safely. On Linux, install and unlock a Secret Service provider such as GNOME Keyring. (%1)</source>
        <translation>使用できるキーリングが見つからないため、鍵を安全に保存できません。Linux では、GNOME Keyring などの Secret Service プロバイダーをインストールしてロックを解除してください。(%1)</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (log in again or open the keyring) and retry.</source>
        <translation>資格情報マネージャーがロックされています。ロックを解除してから (再ログインするか、資格情報マネージャーを開いてください)、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No key is stored for %1. Enter it again from CertCentral.</source>
        <translation>%1 の鍵は保存されていません。CertCentral からもう一度入力してください。</translation>
    </message>
    <message>
        <source>The key is %1 characters long; %2 accepts at most %3. Check that only the key was pasted.</source>
        <translation>鍵の長さは %1 文字ですが、%2 に保存できるのは %3 文字までです。鍵だけを貼り付けたか確認してください。</translation>
    </message>
    <message>
        <source>Access to the keyring was denied. Allow the assistant to use it and retry.</source>
        <translation>資格情報マネージャーへのアクセスが拒否されました。アシスタントにアクセスを許可してから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>This server</source>
        <translation>このサーバー</translation>
    </message>
    <message>
        <source>DigiCert checks the names over HTTP: Certbot either answers on port 80 itself (standalone) or puts a file into your web server&apos;s folder (webroot).</source>
        <translation>DigiCert は HTTP でドメイン名を確認します。Certbot 自身がポート 80 で応答するか (standalone)、Web サーバーのフォルダーにファイルを置きます (webroot)。</translation>
    </message>
    <message>
        <source>&amp;Standalone: Certbot&apos;s own web server</source>
        <translation>Standalone: Certbot 独自の Web サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <source>&amp;Webroot: a folder the running web server serves</source>
        <translation>Webroot: 稼働中の Web サーバーが公開するフォルダー(&amp;W)</translation>
    </message>
    <message>
        <source>Webroot</source>
        <translation>Webroot</translation>
    </message>
    <message>
        <source>HTTP port</source>
        <translation>HTTP ポート</translation>
    </message>
    <message>
        <source>HTTP &amp;port:</source>
        <translation>HTTP ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Web root folder</source>
        <translation>Web ルートフォルダー</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>参照(&amp;O)…</translation>
    </message>
    <message>
        <source>Browse for the web root</source>
        <translation>Web ルートを参照</translation>
    </message>
    <message>
        <source>Web &amp;root:</source>
        <translation>Web ルート(&amp;R):</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>再確認(&amp;A)</translation>
    </message>
    <message>
        <source>Check this server again</source>
        <translation>このサーバーを再確認</translation>
    </message>
    <message>
        <source>Choose the web root folder</source>
        <translation>Web ルートフォルダーを選択</translation>
    </message>
    <message>
        <source>Use webroot instead</source>
        <translation>代わりに webroot を使用</translation>
    </message>
    <message>
        <source>Restart as administrator</source>
        <translation>管理者として再起動</translation>
    </message>
    <message>
        <source>Checking this server…</source>
        <translation>このサーバーを確認しています…</translation>
    </message>
    <message>
        <source>Enter the web root folder, or choose Standalone.</source>
        <translation>Web ルートフォルダーを入力するか、[Standalone] を選択してください。</translation>
    </message>
    <message>
        <source>The web root folder %1 does not exist on this server.</source>
        <translation>Web ルートフォルダー %1 はこのサーバーに存在しません。</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <source>&amp;Get a new certificate</source>
        <translation>新しい証明書を取得する(&amp;G)</translation>
    </message>
    <message>
        <source>The assistant checks Certbot, your ACME credential, the config directory, CertCentral and this server, then runs Certbot and shows the result.</source>
        <translation>アシスタントが Certbot、ACME 資格情報、設定ディレクトリ、CertCentral、このサーバーを確認してから Certbot を実行し、結果を表示します。</translation>
    </message>
    <message>
        <source>Certificates are still issued under the &amp;old ACME directory URL</source>
        <translation>古い ACME ディレクトリ URL で証明書が発行され続ける(&amp;O)</translation>
    </message>
    <message>
        <source>Certbot keeps one ACME account per config directory and ACME server. When the folder already holds an account, Certbot reuses it and silently ignores the new KID and HMAC key, so certificates keep coming from the old credential. The assistant finds that account and sets up a new config directory for the new KID.</source>
        <translation>Certbot は設定ディレクトリと ACME サーバーごとに 1 つの ACME アカウントを保持します。フォルダーに既にアカウントがあると、Certbot はそれを再利用し、新しい KID と HMAC 鍵を何も通知せずに無視するため、証明書は古い資格情報で発行され続けます。アシスタントはそのアカウントを見つけ、新しい KID 用の新しい設定ディレクトリを用意します。</translation>
    </message>
    <message>
        <source>My ACME directory URL was &amp;revoked</source>
        <translation>ACME ディレクトリ URL が取り消された(&amp;R)</translation>
    </message>
    <message>
        <source>A revoked ACME directory URL disables the account Certbot registered with it, and Certbot keeps using that account from its config directory. DigiCert&apos;s fix is to remove that config directory and start a new one; the assistant backs it up first and checks the backup before anything is removed.</source>
        <translation>ACME ディレクトリ URL が取り消されると、その URL で Certbot が登録したアカウントは使用できなくなりますが、Certbot は設定ディレクトリにあるそのアカウントを使い続けます。DigiCert のソリューションは、その設定ディレクトリを削除して新しく作成することです。アシスタントは削除の前にバックアップを作成し、その内容を確認します。</translation>
    </message>
    <message>
        <source>Certbot ends with a &amp;timeout error</source>
        <translation>Certbot がタイムアウトエラーで終了する(&amp;T)</translation>
    </message>
    <message>
        <source>CertCentral holds the order back when the organization or a domain is not validated, or when the request waits for approval (more than 24 hours, or more than 90 seconds for Certbot). The assistant checks each of these in CertCentral and lets you approve a waiting request.</source>
        <translation>CertCentral がオーダーを処理しないのは、次の場合です。
・組織やドメインが認証されていない
・申請が承認待ちになっている (24 時間以上、または Certbot の待ち時間の上限である 90 秒以上)
アシスタントは CertCentral でこれらを一つずつ確認し、承認待ちの申請をその場で承認できます。</translation>
    </message>
    <message>
        <source>&amp;Check an existing setup</source>
        <translation>既存の設定を確認する(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing is changed: the assistant looks at Certbot, the config directory and CertCentral and lists what it finds, with a report for the help desk.</source>
        <translation>何も変更しません。アシスタントが Certbot、設定ディレクトリ、CertCentral を確認して結果を一覧にし、ヘルプデスク用のレポートを作成します。</translation>
    </message>
    <message>
        <source>What is your situation?</source>
        <translation>どのような状況ですか?</translation>
    </message>
    <message>
        <source>Choose what brings you here; the assistant takes the steps that apply.</source>
        <translation>当てはまるものを選択してください。アシスタントが必要な手順を進めます。</translation>
    </message>
    <message>
        <source>DigiCert: troubleshooting third-party ACME clients</source>
        <translation>DigiCert: サードパーティー ACME クライアントのトラブルシューティングシナリオ</translation>
    </message>
    <message>
        <source>No web browser opened. The address is on the clipboard: %1</source>
        <translation>Web ブラウザーが開きませんでした。アドレスをクリップボードにコピーしました: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>renewed</source>
        <translation>更新済み</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>まだ更新時期ではありません</translation>
    </message>
    <message>
        <source>no result logged</source>
        <translation>結果の記録なし</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days left)</source>
        <translation>
            <numerusform>%1 (残り %n 日)</numerusform>
        </translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2; does not exist)</source>
        <translation>%1 (%2、存在しません)</translation>
    </message>
    <message>
        <source>renewal date unknown</source>
        <translation>更新日は不明</translation>
    </message>
    <message>
        <source>renews between %1 and %2 (the CA&apos;s renewal window)</source>
        <translation>%1 から %2 の間に更新 (CA の更新期間)</translation>
    </message>
    <message>
        <source>renews on %1</source>
        <translation>%1 に更新</translation>
    </message>
</context>
<context>
    <name>StepList</name>
    <message>
        <source>DEMO MODE
nothing reaches DigiCert</source>
        <translation>デモモード
DigiCert には何も送信されません</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the ACME directory URL.</source>
        <translation>ACME ディレクトリ URL を入力してください。</translation>
    </message>
    <message>
        <source>The URL contains spaces or line breaks. Copy it again from CertCentral.</source>
        <translation>URL に空白または改行が含まれています。CertCentral からもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is not a valid URL: %1</source>
        <translation>有効な URL ではありません: %1</translation>
    </message>
    <message>
        <source>The ACME directory URL must start with https:// (it is %1).</source>
        <translation>ACME ディレクトリ URL は https:// で始まる必要があります (現在は %1 です)。</translation>
    </message>
    <message>
        <source>The URL has no host name: %1</source>
        <translation>URL にホスト名がありません: %1</translation>
    </message>
    <message>
        <source>Remove the user name and password from the URL; ACME uses the KID and HMAC key instead.</source>
        <translation>URL からユーザー名とパスワードを削除してください。ACME では代わりに KID と HMAC 鍵を使用します。</translation>
    </message>
    <message>
        <source>acme.digicert.com is DigiCert&apos;s retired ACME service. Create a new ACME directory URL in CertCentral.</source>
        <translation>acme.digicert.com は提供終了した DigiCert の ACME サービスです。CertCentral で新しい ACME ディレクトリ URL を作成してください。</translation>
    </message>
    <message>
        <source>Enter the KID.</source>
        <translation>KID を入力してください。</translation>
    </message>
    <message>
        <source>Remove the quotation marks around the KID.</source>
        <translation>KID の前後の引用符を削除してください。</translation>
    </message>
    <message>
        <source>The KID contains spaces. Copy only the KID from CertCentral.</source>
        <translation>KID に空白が含まれています。CertCentral から KID だけをコピーしてください。</translation>
    </message>
    <message>
        <source>The KID contains characters that cannot be part of a KID.</source>
        <translation>KID に使用できない文字が含まれています。</translation>
    </message>
    <message>
        <source>Enter the HMAC key.</source>
        <translation>HMAC 鍵を入力してください。</translation>
    </message>
    <message>
        <source>Remove the quotation marks: paste only the HMAC key itself.</source>
        <translation>引用符を削除し、HMAC 鍵だけを貼り付けてください。</translation>
    </message>
    <message>
        <source>The HMAC key contains spaces or line breaks. Copy it again in one piece.</source>
        <translation>HMAC 鍵に空白または改行が含まれています。途切れないようにもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>This is not an HMAC key: it must consist of letters, digits, - and _ only.</source>
        <translation>HMAC 鍵ではありません。HMAC 鍵に使用できるのは英字、数字、- と _ だけです。</translation>
    </message>
    <message>
        <source>The HMAC key cannot be decoded. Copy it again.</source>
        <translation>HMAC 鍵をデコードできません。もう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The HMAC key is too short (%1 bytes). Copy the whole key.</source>
        <translation>HMAC 鍵が短すぎます (%1 バイト)。鍵全体をコピーしてください。</translation>
    </message>
    <message>
        <source>Enter a domain name.</source>
        <translation>ドメイン名を入力してください。</translation>
    </message>
    <message>
        <source>Enter only the domain name, without https:// or a path: %1</source>
        <translation>https:// やパスを付けずに、ドメイン名だけを入力してください: %1</translation>
    </message>
    <message>
        <source>A * is allowed only as the whole first label, as in *.example.com: %1</source>
        <translation>* は *.example.com のように先頭のラベル全体としてのみ使用できます: %1</translation>
    </message>
    <message>
        <source>Enter a domain name, not an IP address: %1</source>
        <translation>IP アドレスではなくドメイン名を入力してください: %1</translation>
    </message>
    <message>
        <source>This is not a valid domain name: %1</source>
        <translation>有効なドメイン名ではありません: %1</translation>
    </message>
    <message>
        <source>The domain name is longer than 253 characters: %1</source>
        <translation>ドメイン名が 253 文字を超えています: %1</translation>
    </message>
    <message>
        <source>Enter at least one domain name.</source>
        <translation>ドメイン名を 1 つ以上入力してください。</translation>
    </message>
    <message>
        <source>Enter a folder.</source>
        <translation>フォルダーを入力してください。</translation>
    </message>
    <message>
        <source>Enter a full path, for example %1.</source>
        <translation>%1 のように完全なパスを入力してください。</translation>
    </message>
    <message>
        <source>%1 is a system folder. Choose a folder of its own, for example %2.</source>
        <translation>%1 はシステムフォルダーです。%2 のような専用のフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Enter a port number from 1 to 65535.</source>
        <translation>1 から 65535 までのポート番号を入力してください。</translation>
    </message>
    <message>
        <source>This is not an e-mail address: %1</source>
        <translation>メールアドレスではありません: %1</translation>
    </message>
    <message>
        <source>Your organization requires the ACME directory URL %1.</source>
        <translation>組織のポリシーにより、ACME ディレクトリ URL は %1 を使う必要があります。</translation>
    </message>
</context>
</TS>
