using System;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace ResearchContent.Fuzz.Inputs
{
    /// <summary>
    /// One content file of an input, relative to the project folder: either a string (which may hold lone surrogates,
    /// as an IDE's buffer can) or bytes (decoded as the compiler decodes a file on disk).
    /// </summary>
    public sealed record FuzzFile
    {
        private FuzzFile(string path, string? text, byte[]? bytes)
        {
            Path = path;
            Text = text;
            Bytes = bytes;
        }

        public string Path { get; }

        /// <summary>The text, when the file is held as a string.</summary>
        public string? Text { get; }

        /// <summary>The bytes, when the file is held as bytes.</summary>
        public byte[]? Bytes { get; }

        public int Length => Text?.Length ?? Bytes!.Length;

        public static FuzzFile FromText(string path, string text) => new(path, text, null);

        public static FuzzFile FromBytes(string path, byte[] bytes) => new(path, null, bytes);

        /// <summary>
        /// The text the generator sees. Bytes go through <see cref="SourceText.From(Stream, Encoding?, SourceHashAlgorithm, bool, bool)"/>
        /// as the compiler reads a file: UTF-8 unless a byte-order mark says otherwise, invalid bytes replaced by U+FFFD.
        /// </summary>
        public SourceText ToSourceText()
        {
            if (Text is not null)
            {
                return SourceText.From(Text, Encoding.UTF8);
            }

            using var stream = new MemoryStream(Bytes!, writable: false);
            return SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
        }

        /// <summary>The file as a string: the decoded text for bytes.</summary>
        public string Decoded() => Text ?? ToSourceText().ToString();

        public override string ToString() => Path + " (" + Length + (Text is null ? " bytes)" : " chars)");

        public bool Equals(FuzzFile? other) =>
            other is not null && Path == other.Path && Text == other.Text
            && (Bytes is null ? other.Bytes is null : other.Bytes is not null && Bytes.AsSpan().SequenceEqual(other.Bytes));

        public override int GetHashCode() => HashCode.Combine(Path, Length);
    }
}
