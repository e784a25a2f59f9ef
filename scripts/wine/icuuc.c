/* Test-prefix stand-in for Windows 10's system ICU (icuuc.dll), which Wine 8.0 lacks.
 *
 * Qt 6.10+ links its text codecs for legacy encodings (QStringConverter with a name other than
 * UTF-8/16/32 or Latin-1) against the system ICU. Here every converter fails to open, as on a
 * Windows without that encoding: Qt then reports the codec as unavailable. The assistant does
 * not convert text through Qt, so nothing it does depends on these. Built by scripts/test-windows
 * into the Wine prefix only; nothing here ships.
 */
#include <stddef.h>
#include <stdint.h>

typedef int UErrorCode;
#define U_FILE_ACCESS_ERROR 4

void *ucnv_open(const char *name, UErrorCode *err)
{
    (void)name;
    if (err) *err = U_FILE_ACCESS_ERROR;
    return NULL;
}
void ucnv_close(void *cnv) { (void)cnv; }
void ucnv_reset(void *cnv) { (void)cnv; }
int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
const char *ucnv_getName(const void *cnv, UErrorCode *err) { (void)cnv; if (err) *err = U_FILE_ACCESS_ERROR; return ""; }
void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) { (void)cnv; if (action) *action = NULL; if (context) *context = NULL; }
void ucnv_setToUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)a; (void)c; (void)oa; (void)oc; if (err) *err = U_FILE_ACCESS_ERROR; }
void ucnv_setFromUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *err) { (void)cnv; (void)a; (void)c; (void)oa; (void)oc; if (err) *err = U_FILE_ACCESS_ERROR; }
void ucnv_cbToUWriteUChars(void *args, const void *source, int32_t length, int32_t offset, UErrorCode *err) { (void)args; (void)source; (void)length; (void)offset; if (err) *err = U_FILE_ACCESS_ERROR; }
void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int32_t offset, UErrorCode *err) { (void)args; (void)source; (void)limit; (void)offset; if (err) *err = U_FILE_ACCESS_ERROR; }
void ucnv_toUnicode(void *cnv, void **t, const void *tl, const char **s, const char *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err) *err = U_FILE_ACCESS_ERROR; }
void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const void **s, const void *sl, int32_t *o, int8_t f, UErrorCode *err) { (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; if (err) *err = U_FILE_ACCESS_ERROR; }
int32_t ucnv_toUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; if (err) *err = U_FILE_ACCESS_ERROR; return 0; }
int32_t ucnv_fromUCountPending(const void *cnv, UErrorCode *err) { (void)cnv; if (err) *err = U_FILE_ACCESS_ERROR; return 0; }
const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *err) { (void)name; (void)standard; if (err) *err = U_FILE_ACCESS_ERROR; return NULL; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
int32_t ucnv_countAvailable(void) { return 0; }
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
