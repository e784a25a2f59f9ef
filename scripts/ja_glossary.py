"""The Japanese glossary's decisions (shared/design/glossary-ja.md, "one rendering per
meaning"), as data: the term to use and the renderings that must not appear, with the few
places where the other rendering is right (a quoted console label, Linux's own keyring).

Used by tests/unit/test_glossary_ja.py, which fails on a second rendering in app_ja.ts.
"""

from __future__ import annotations

# (the rendering not to use, the one to use, sources where the first is right)
AVOID: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("認証情報", "資格情報", ()),
    ("HMAC キー", "HMAC 鍵", ()),
    ("対応は不要です", "対処は不要です", ()),
    ("確認済み", "検証済み", ()),
    ("プロキシー", "プロキシ", ()),
    ("役割", "ロール", ()),
    ("予期しない問題", "予期しないエラー", ()),
    ("名前の管理権限", "ドメイン名の利用権", ()),
    ("このフォルダーを更新する", "このフォルダーの証明書を更新する", ()),
    ("証明書の名前", "証明書のドメイン名", ()),
    ("本人だけが読める", "現在のユーザーだけが読み取れる", ()),
    ("事前検証", "事前認証", ()),
    # CertCentral's own label quotes "certificate order processes" as 証明書注文プロセス.
    ("注文", "オーダー", ("Skip approval step",)),
    # On Linux the Secret Service is a keyring; on Windows it is the Credential Manager.
    ("キーリング", "資格情報マネージャー", ("On Linux", "GNOME Keyring")),
    # Commands are quoted as Windows shows them, "…", not with 「」.
    ("「certbot", '"certbot', ()),
    # "Press" is a button named in brackets, never 確認してください.
    ("場合にのみ確認してください", "場合にのみ [はい] を選択してください", ()),
)
