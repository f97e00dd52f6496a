using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace TextEhr.App.Backup;

/// <summary>
/// DPAPI for the current Windows user (crypt32 CryptProtectData): only this user on this PC can turn
/// the blob back into the passphrase. Called directly because System.Security.Cryptography.ProtectedData
/// is not on the package feed.
/// </summary>
[SupportedOSPlatform("windows")]
internal static class WindowsDataProtection
{
    private const int UiForbidden = 0x1;

    public static byte[] Protect(byte[] plain) => Transform(plain, protect: true);

    /// <summary>The passphrase bytes back, for this user only.</summary>
    /// <exception cref="InvalidOperationException">DPAPI refused (another user's blob, a damaged file).</exception>
    public static byte[] Unprotect(byte[] protectedBytes) => Transform(protectedBytes, protect: false);

    private static byte[] Transform(byte[] input, bool protect)
    {
        var inputPointer = Marshal.AllocHGlobal(Math.Max(1, input.Length));
        try
        {
            Marshal.Copy(input, 0, inputPointer, input.Length);
            var blobIn = new DataBlob { Size = input.Length, Data = inputPointer };
            var ok = protect
                ? NativeMethods.CryptProtectData(ref blobIn, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, out var blobOut)
                : NativeMethods.CryptUnprotectData(ref blobIn, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, IntPtr.Zero, UiForbidden, out blobOut);
            if (!ok)
            {
                throw new InvalidOperationException("DPAPI failed with error " + Marshal.GetLastPInvokeError());
            }

            try
            {
                var output = new byte[blobOut.Size];
                Marshal.Copy(blobOut.Data, output, 0, blobOut.Size);
                return output;
            }
            finally
            {
                NativeMethods.LocalFree(blobOut.Data);
            }
        }
        finally
        {
            for (var i = 0; i < input.Length; i++)
            {
                Marshal.WriteByte(inputPointer, i, 0);
            }

            Marshal.FreeHGlobal(inputPointer);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct DataBlob
    {
        public int Size;
        public IntPtr Data;
    }

    private static class NativeMethods
    {
        [DllImport("crypt32.dll", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool CryptProtectData(
            ref DataBlob dataIn, IntPtr description, IntPtr entropy, IntPtr reserved, IntPtr prompt, int flags, out DataBlob dataOut);

        [DllImport("crypt32.dll", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static extern bool CryptUnprotectData(
            ref DataBlob dataIn, IntPtr description, IntPtr entropy, IntPtr reserved, IntPtr prompt, int flags, out DataBlob dataOut);

        [DllImport("kernel32.dll")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        public static extern IntPtr LocalFree(IntPtr memory);
    }
}
