using System;
using System.ComponentModel;
using System.Text;

namespace ResearchContent
{
    /// <summary>Decodes the UTF-8 text the generated catalog stores. Called by generated code only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class Utf8Text
    {
        /// <summary>Decodes UTF-8 bytes into a string.</summary>
        /// <param name="bytes">The UTF-8 bytes of a literal.</param>
        /// <returns>The text.</returns>
        public static string Decode(ReadOnlySpan<byte> bytes)
        {
#if NETSTANDARD2_0
            if (bytes.IsEmpty)
            {
                return string.Empty;
            }

            unsafe
            {
                fixed (byte* start = bytes)
                {
                    return Encoding.UTF8.GetString(start, bytes.Length);
                }
            }
#else
            return Encoding.UTF8.GetString(bytes);
#endif
        }
    }
}
