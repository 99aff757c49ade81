using System;
using System.Collections.Generic;
using System.IO;
using ResearchContent.Generators.Sources.Page;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ResearchContent.Generators.Sources.Collection
{
    /// <summary>
    /// Reads YAML the way Jekyll does, from YamlDotNet's parser events rather than its representation model. Jekyll
    /// (Ruby's Psych) accepts a name given twice in one mapping and keeps the last value; YamlDotNet's model rejects
    /// the whole document as invalid. Edited front matter often holds an old <c>paperurl:</c> above a new one, and
    /// that is a warning at most, never a paper lost.
    /// </summary>
    internal static class LenientYamlReader
    {
        /// <summary>
        /// Deeper lists and mappings are skipped, not read: nothing in front matter nests this deep, and reading by
        /// recursion must not let a crafted file overflow the compiler's stack.
        /// </summary>
        private const int MaxDepth = 32;

        /// <summary>The document's root value (<see langword="null"/> for an empty document), or the YAML error with its 0-based position.</summary>
        public sealed record Result(YamlValue? Root, string? Error, int ErrorLine, int ErrorColumn);

        public static Result Read(string yaml)
        {
            var parser = new Parser(new StringReader(yaml));
            var anchors = new Dictionary<string, YamlValue>(StringComparer.Ordinal);
            try
            {
                parser.Consume<StreamStart>();
                if (!parser.TryConsume<DocumentStart>(out _))
                {
                    return new Result(null, null, 0, 0);
                }

                var root = ReadValue(parser, anchors, 0);

                // Only the first document counts, as in Jekyll, but the rest must still be valid YAML.
                while (parser.MoveNext())
                {
                }

                return new Result(root, null, 0, 0);
            }
            catch (YamlException exception)
            {
                return new Result(null, FrontMatterReader.Describe(exception), YamlMarks.ZeroBased(exception.Start.Line), YamlMarks.ZeroBased(exception.Start.Column));
            }
        }

        private static YamlValue ReadValue(IParser parser, Dictionary<string, YamlValue> anchors, int depth)
        {
            var current = parser.Current ?? throw new YamlException("the YAML ended in the middle of a value");
            switch (current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    return anchors.TryGetValue(alias.Value.Value, out var anchored)
                        ? anchored
                        : YamlValue.Scalar(string.Empty, true, YamlMarks.Of(alias.Start, alias.End));
                case Scalar scalar:
                    parser.MoveNext();
                    return Remember(anchors, scalar, YamlValue.Scalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, YamlMarks.Of(scalar.Start, scalar.End)));
                case SequenceStart start when depth < MaxDepth:
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (parser.Current is not SequenceEnd)
                    {
                        items.Add(ReadValue(parser, anchors, depth + 1));
                    }

                    return Remember(anchors, start, YamlValue.Sequence(items, YamlMarks.Of(start.Start, Consume(parser).End)));
                case MappingStart start when depth < MaxDepth:
                    parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    while (parser.Current is not MappingEnd)
                    {
                        var key = parser.Current;
                        var name = ReadValue(parser, anchors, depth + 1);
                        var value = ReadValue(parser, anchors, depth + 1);

                        // A list or a mapping used as a name (YAML allows it) names no field; it is read and dropped.
                        if (name.Kind == YamlValueKind.Scalar && key is not null)
                        {
                            entries.Add(new YamlEntry(name.Text, YamlMarks.ZeroBased(key.Start.Line), YamlMarks.ZeroBased(key.Start.Column), value));
                        }
                    }

                    return Remember(anchors, start, YamlValue.Mapping(entries, YamlMarks.Of(start.Start, Consume(parser).End)));
                case SequenceStart or MappingStart:
                    return Skip(parser);
                default:
                    throw new YamlException(current.Start, current.End, "the YAML has a " + current.GetType().Name + " where a value should be");
            }
        }

        private static ParsingEvent Consume(IParser parser)
        {
            var current = parser.Current ?? throw new YamlException("the YAML ended in the middle of a value");
            parser.MoveNext();
            return current;
        }

        /// <summary>Skips a list or mapping nested deeper than <see cref="MaxDepth"/>, counting instead of recursing.</summary>
        private static YamlValue Skip(IParser parser)
        {
            var start = Consume(parser);
            var depth = 1;
            var end = start;
            while (depth > 0)
            {
                end = Consume(parser);
                depth += end is SequenceStart or MappingStart ? 1 : end is SequenceEnd or MappingEnd ? -1 : 0;
            }

            return YamlValue.Scalar(string.Empty, true, YamlMarks.Of(start.Start, end.End));
        }

        private static YamlValue Remember(Dictionary<string, YamlValue> anchors, NodeEvent node, YamlValue value)
        {
            if (!node.Anchor.IsEmpty)
            {
                anchors[node.Anchor.Value] = value;
            }

            return value;
        }
    }
}
