/* Test-prefix stand-in for Windows 10's bcryptprimitives.dll, which Wine 8.0 lacks.
 *
 * cryptography >= 43 (its Rust core) asks this DLL for random bytes through ProcessPrng.
 * The bytes come from RtlGenRandom (advapi32's SystemFunction036), which Wine implements
 * with the host's random source: real randomness, not a fake. Built by scripts/test-windows
 * into the Wine prefix only; nothing here ships.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
