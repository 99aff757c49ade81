using System;

namespace ResearchContent.Storage
{
    /// <summary>Reads the values of the storage layout (docs/storage.md) one after another.</summary>
    internal ref struct RecordReader
    {
        private readonly ReadOnlySpan<byte> _data;
        private int _position;

        public RecordReader(ReadOnlySpan<byte> data)
        {
            _data = data;
            _position = 0;
        }

        public int Position => _position;

        /// <summary>A reader of a block, past its header; a block of another layout version is refused.</summary>
        public static RecordReader OfBlock(ReadOnlySpan<byte> block)
        {
            var header = StorageLayout.Header;
            var matches = block.Length >= header.Length;
            for (var i = 0; matches && i < header.Length; i++)
            {
                matches = block[i] == header[i];
            }

            if (!matches)
            {
                throw new InvalidOperationException(
                    "The generated catalog was stored in another layout than this ResearchContent runtime reads (layout "
                    + StorageLayout.Version + "). Use the runtime and the generator of the same ResearchContent version.");
            }

            return new RecordReader(block.Slice(header.Length));
        }

        /// <summary>Moves to <paramref name="position"/>, counted from the start of the data.</summary>
        public void Seek(int position) => _position = position;

        public string? ReadString()
        {
            var marker = Peek();
            if (marker == StorageLayout.Null)
            {
                _position++;
                return null;
            }

            if (marker == StorageLayout.Utf16)
            {
                _position++;
                return Utf16Text(ReadBytes());
            }

            return Utf8Text.Decode(ReadBytes());
        }

        /// <summary>A text the layout never leaves absent.</summary>
        public string ReadText() => ReadString() ?? string.Empty;

        public int? ReadNullableInt()
        {
            if (Peek() == StorageLayout.Null)
            {
                _position++;
                return null;
            }

            return ReadInt();
        }

        public int ReadInt() => ParseInt(ReadBytes());

        public bool ReadBool() => ReadInt() != 0;

        /// <summary>The bytes of the next value, as stored: a nested record, or the UTF-8 of a text.</summary>
        public ReadOnlySpan<byte> ReadBytes()
        {
            var length = 0;
            while (true)
            {
                var digit = Next();
                if (digit == StorageLayout.LengthEnd)
                {
                    break;
                }

                length = checked((length * 10) + Digit(digit));
            }

            if (length > _data.Length - _position)
            {
                throw Corrupt();
            }

            var bytes = _data.Slice(_position, length);
            _position += length;
            return bytes;
        }

        /// <summary>Skips the next value, such as a record not asked for.</summary>
        public void Skip() => ReadBytes();

        /// <summary>A number written as <see cref="StorageLayout.OffsetDigits"/> hexadecimal digits, without a length.</summary>
        public int ReadOffset()
        {
            var value = 0;
            for (var i = 0; i < StorageLayout.OffsetDigits; i++)
            {
                value = checked((value * 16) + HexDigit(Next()));
            }

            return value;
        }

        private static int ParseInt(ReadOnlySpan<byte> text)
        {
            var negative = text.Length > 0 && text[0] == (byte)'-';
            var value = 0;
            for (var i = negative ? 1 : 0; i < text.Length; i++)
            {
                value = checked((value * 10) + Digit(text[i]));
            }

            return negative ? -value : value;
        }

        private static string Utf16Text(ReadOnlySpan<byte> hex)
        {
            var units = new char[hex.Length / 4];
            for (var i = 0; i < units.Length; i++)
            {
                var unit = 0;
                for (var j = 0; j < 4; j++)
                {
                    unit = (unit * 16) + HexDigit(hex[(i * 4) + j]);
                }

                units[i] = (char)unit;
            }

            return new string(units);
        }

        private byte Peek() => _position < _data.Length ? _data[_position] : throw Corrupt();

        private byte Next()
        {
            var value = Peek();
            _position++;
            return value;
        }

        private static int Digit(byte value) => value is >= (byte)'0' and <= (byte)'9' ? value - '0' : throw Corrupt();

        private static int HexDigit(byte value) => value switch
        {
            >= (byte)'0' and <= (byte)'9' => value - '0',
            >= (byte)'A' and <= (byte)'F' => value - 'A' + 10,
            _ => throw Corrupt(),
        };

        private static InvalidOperationException Corrupt() =>
            new("The generated catalog's data is not in the layout this ResearchContent runtime reads. Rebuild the project with the runtime and the generator of the same ResearchContent version.");
    }
}
