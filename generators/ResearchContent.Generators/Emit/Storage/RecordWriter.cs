using System.Globalization;
using System.Text;
using ResearchContent.Generators.Primitives;
using ResearchContent.Storage;

namespace ResearchContent.Generators.Emit.Storage
{
    /// <summary>
    /// Writes values in the storage layout (docs/storage.md): each value is its decimal UTF-8 byte length, a colon and
    /// its bytes, or <c>~</c> when absent. The result is text whose UTF-8 bytes are the data, so that it can be one
    /// <c>"…"u8</c> literal; every structural byte is printable ASCII, and the content's own text is stored as written.
    /// </summary>
    internal sealed class RecordWriter
    {
        private readonly StringBuilder _text = new();

        /// <summary>The length of what was written, in UTF-8 bytes.</summary>
        public int ByteLength { get; private set; }

        /// <summary>A writer of a block: its first bytes say which layout it is in.</summary>
        public static RecordWriter Block()
        {
            var writer = new RecordWriter();
            writer.Raw(StorageLayout.Header, StorageLayout.Header.Length);
            return writer;
        }

        public RecordWriter String(string? value)
        {
            if (value is null)
            {
                return Raw(StorageLayout.Null.ToString(), 1);
            }

            if (HasLoneSurrogate(value))
            {
                var hex = new StringBuilder(value.Length * 4);
                foreach (var unit in value)
                {
                    hex.Append(((int)unit).ToString("X4", CultureInfo.InvariantCulture));
                }

                Raw(StorageLayout.Utf16.ToString(), 1);
                return Value(hex.ToString(), hex.Length);
            }

            return Value(value, Encoding.UTF8.GetByteCount(value));
        }

        public RecordWriter Int(int value)
        {
            var text = Invariant.Number(value);
            return Value(text, text.Length);
        }

        public RecordWriter NullableInt(int? value) => value is { } number ? Int(number) : String(null);

        public RecordWriter Bool(bool value) => Int(value ? 1 : 0);

        /// <summary>A nested record, such as one publication in a block.</summary>
        public RecordWriter Record(RecordWriter record) => Value(record.ToString(), record.ByteLength);

        /// <summary>A number as <see cref="StorageLayout.OffsetDigits"/> hexadecimal digits, so that a table of them can be indexed.</summary>
        public RecordWriter Offset(int value) =>
            Raw(value.ToString("X" + Invariant.Number(StorageLayout.OffsetDigits), CultureInfo.InvariantCulture), StorageLayout.OffsetDigits);

        /// <summary>Appends what another writer wrote, as it is, without a length of its own.</summary>
        public RecordWriter Raw(RecordWriter other) => Raw(other.ToString(), other.ByteLength);

        public override string ToString() => _text.ToString();

        private RecordWriter Value(string text, int byteLength)
        {
            var length = Invariant.Number(byteLength);
            Raw(length, length.Length);
            Raw(StorageLayout.LengthEnd.ToString(), 1);
            return Raw(text, byteLength);
        }

        private RecordWriter Raw(string text, int byteLength)
        {
            _text.Append(text);
            ByteLength += byteLength;
            return this;
        }

        private static bool HasLoneSurrogate(string value)
        {
            for (var i = 0; i < value.Length; i++)
            {
                if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(value[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
