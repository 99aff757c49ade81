using System;
using System.Collections.Generic;

namespace ResearchContent.Storage
{
    /// <summary>
    /// Builds a <see cref="Publication"/> from its record. The order of the values is the layout's (docs/storage.md)
    /// and is the order the generator's <c>PublicationRecordWriter</c> writes them in.
    /// </summary>
    internal static class PublicationRecord
    {
        public static Publication Read(ReadOnlySpan<byte> record)
        {
            var reader = new RecordReader(record);
            return new Publication
            {
                Key = reader.ReadText(),
                Label = reader.ReadText(),
                Year = reader.ReadInt(),
                Number = reader.ReadInt(),
                Title = ReadLocalized(ref reader),
                Abstract = ReadLocalized(ref reader),
                Notes = ReadLocalized(ref reader),
                Sections = ReadList(ref reader, ReadText),
                Citation = ReadCitation(ref reader),
                Figures = ReadList(ref reader, ReadFigure),
                Links = ReadList(ref reader, ReadLink),
                Source = ReadSource(ref reader),
                Sources = ReadList(ref reader, ReadSource),
                Kind = ReadKind(ref reader),
                Date = reader.ReadString(),
                Venue = reader.ReadString(),
                Permalink = reader.ReadString(),
                Category = reader.ReadString(),
                Excerpt = reader.ReadString(),
                Body = reader.ReadString(),
                Abbreviation = reader.ReadString(),
                Selected = reader.ReadBool(),
                Award = reader.ReadString(),
                Fields = ReadList(ref reader, ReadField),
            };
        }

        private static string ReadText(ref RecordReader reader) => reader.ReadText();

        private delegate T ValueReader<out T>(ref RecordReader reader);

        private static IReadOnlyList<T> ReadList<T>(ref RecordReader reader, ValueReader<T> read)
        {
            var count = reader.ReadInt();
            if (count == 0)
            {
                return Array.Empty<T>();
            }

            var items = new T[count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = read(ref reader);
            }

            return Array.AsReadOnly(items);
        }

        private static Citation ReadCitation(ref RecordReader reader) => new()
        {
            Text = reader.ReadText(),
            Url = reader.ReadText(),
            Doi = reader.ReadString(),
            Authors = ReadList(ref reader, ReadAuthor),
            AuthorsTruncated = reader.ReadBool(),
            Year = reader.ReadNullableInt(),
            Title = reader.ReadString(),
            Container = reader.ReadString(),
            Volume = reader.ReadString(),
            Issue = reader.ReadString(),
            Pages = reader.ReadString(),
            ArticleNumber = reader.ReadString(),
            Kind = ReadKind(ref reader),
            Note = reader.ReadString(),
        };

        private static Author ReadAuthor(ref RecordReader reader) => new()
        {
            Family = reader.ReadText(),
            Given = reader.ReadText(),
            Suffix = reader.ReadString(),
            IsCorresponding = reader.ReadBool(),
        };

        private static Figure ReadFigure(ref RecordReader reader) => new()
        {
            Source = reader.ReadText(),
            Alt = reader.ReadString(),
            Width = reader.ReadNullableInt(),
            Caption = ReadLocalized(ref reader),
            ImageExists = reader.ReadBool(),
        };

        private static Link ReadLink(ref RecordReader reader) => new() { Text = reader.ReadText(), Url = reader.ReadText() };

        private static Field ReadField(ref RecordReader reader) => new() { Name = reader.ReadText(), Value = reader.ReadText() };

        private static SourceLocation ReadSource(ref RecordReader reader) => new(reader.ReadText(), reader.ReadInt());

        /// <summary>Both texts absent is the shared <see cref="LocalizedText.Empty"/>.</summary>
        private static LocalizedText ReadLocalized(ref RecordReader reader)
        {
            var en = reader.ReadString();
            var zh = reader.ReadString();
            return en is null && zh is null ? LocalizedText.Empty : new LocalizedText(en, zh);
        }

        /// <summary>Stored by name, so that the value never depends on the order of the enum's members.</summary>
        private static PublicationKind ReadKind(ref RecordReader reader) =>
            Enum.TryParse<PublicationKind>(reader.ReadText(), out var kind) ? kind : PublicationKind.Other;
    }
}
