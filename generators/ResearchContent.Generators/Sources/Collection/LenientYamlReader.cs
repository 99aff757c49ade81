using System;
using System.Collections.Generic;
using System.IO;
using ResearchContent.Generators.Primitives;
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

        /// <summary>How many values the aliases of one document may stand for in all: far more than any front matter repeats.</summary>
        private const int MaxAliasExpansion = 10_000;

        /// <summary>The document's root value (<see langword="null"/> for an empty document), or the YAML error with its 0-based position.</summary>
        public sealed record Result(YamlValue? Root, string? Error, int ErrorLine, int ErrorColumn);

        /// <summary>Reads the first document of the YAML text; it never throws on any text.</summary>
        public static Result Read(string yaml)
        {
            var lines = LineMap.Of(yaml);
            if (YamlNesting.TooManyBrackets(yaml) is { } deep)
            {
                var (line, column) = lines.Position(deep);
                return new Result(null, YamlNesting.Message, line, column);
            }

            var reading = new Reading(new Parser(new StringReader(yaml)), lines);
            try
            {
                reading.Parser.Consume<StreamStart>();
                if (!reading.Parser.TryConsume<DocumentStart>(out _))
                {
                    return new Result(null, null, 0, 0);
                }

                var root = ReadValue(reading, 0);

                // Only the first document counts, as in Jekyll, but the rest must still be valid YAML.
                while (reading.MoveNext())
                {
                }

                return new Result(root, null, 0, 0);
            }
            catch (YamlException exception)
            {
                var (line, column) = reading.Position(exception.Start);
                return new Result(null, FrontMatterReader.Describe(exception), line, column);
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner fails this way, instead of with a YamlException, on some broken flow collections
                // ("[a: b" at the start of a line): the YAML is invalid after the last value it read.
                var (line, column) = reading.Position(reading.LastEnd);
                return new Result(null, "the YAML cannot be read after this point", line, column);
            }
        }

        private static YamlValue ReadValue(Reading reading, int depth)
        {
            var current = reading.Parser.Current ?? throw new YamlException("the YAML ended in the middle of a value");
            switch (current)
            {
                case AnchorAlias alias:
                    reading.MoveNext();
                    if (reading.Anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        // Aliases of aliases stand for exponentially many values ("billion laughs"), which reading the
                        // fields as text would expand: found by fuzzing, a 10-line front matter hung the build.
                        reading.ExpandedByAliases += anchored.Expanded;
                        if (reading.ExpandedByAliases > MaxAliasExpansion)
                        {
                            throw new YamlException(alias.Start, alias.End, "aliases expand to more than " + Invariant.Number(MaxAliasExpansion) + " values");
                        }

                        return anchored;
                    }

                    return YamlValue.Scalar(string.Empty, true, reading.Marks(alias.Start, alias.End));
                case Scalar scalar:
                    reading.MoveNext();
                    return reading.Remember(scalar, YamlValue.Scalar(scalar.Value, scalar.Style is ScalarStyle.Plain or ScalarStyle.Any, reading.Marks(scalar.Start, scalar.End)));
                case SequenceStart start when depth < MaxDepth:
                    reading.MoveNext();
                    var items = new List<YamlValue>();
                    while (reading.Parser.Current is not SequenceEnd)
                    {
                        items.Add(ReadValue(reading, depth + 1));
                    }

                    return reading.Remember(start, YamlValue.Sequence(items, reading.Around(start.Start, reading.Consume(), start.Style == SequenceStyle.Flow)));
                case MappingStart start when depth < MaxDepth:
                    reading.MoveNext();
                    var entries = new List<YamlEntry>();
                    while (reading.Parser.Current is not MappingEnd)
                    {
                        var key = reading.Parser.Current;
                        var name = ReadValue(reading, depth + 1);
                        var value = ReadValue(reading, depth + 1);

                        // A list or a mapping used as a name (YAML allows it) names no field; it is read and dropped.
                        if (name.Kind == YamlValueKind.Scalar && key is not null)
                        {
                            var (line, column) = reading.Position(key.Start);
                            entries.Add(new YamlEntry(name.Text, line, column, value));
                        }
                    }

                    return reading.Remember(start, YamlValue.Mapping(entries, reading.Around(start.Start, reading.Consume(), start.Style == MappingStyle.Flow)));
                case SequenceStart or MappingStart:
                    return Skip(reading);
                default:
                    throw new YamlException(current.Start, current.End, "the YAML has a " + current.GetType().Name + " where a value should be");
            }
        }

        /// <summary>Skips a list or mapping nested deeper than <see cref="MaxDepth"/>, counting instead of recursing.</summary>
        private static YamlValue Skip(Reading reading)
        {
            var start = reading.Consume();
            var depth = 1;
            var end = start;
            while (depth > 0)
            {
                end = reading.Consume();
                depth += end is SequenceStart or MappingStart ? 1 : end is SequenceEnd or MappingEnd ? -1 : 0;
            }

            return YamlValue.Scalar(string.Empty, true, reading.Marks(start.Start, end.End));
        }

        /// <summary>One read in progress: the parser, the anchors met so far, and how to place YamlDotNet's marks.</summary>
        private sealed class Reading
        {
            private readonly LineMap _lines;

            public Reading(IParser parser, LineMap lines)
            {
                Parser = parser;
                _lines = lines;
            }

            public IParser Parser { get; }

            public Dictionary<string, YamlValue> Anchors { get; } = new(StringComparer.Ordinal);

            /// <summary>How many values the aliases read so far stand for.</summary>
            public long ExpandedByAliases { get; set; }

            /// <summary>The end of the last event read, where a parser that fails without a position stopped.</summary>
            public Mark LastEnd { get; private set; } = Mark.Empty;

            public bool MoveNext()
            {
                if (Parser.Current is { } current)
                {
                    LastEnd = current.End;
                }

                return Parser.MoveNext();
            }

            public ParsingEvent Consume()
            {
                var current = Parser.Current ?? throw new YamlException("the YAML ended in the middle of a value");
                MoveNext();
                return current;
            }

            /// <summary>
            /// A mark's line and column by its character index, counted the way the rest of the reader counts lines.
            /// YAML also breaks lines at U+0085, U+2028 and U+2029, which the file's line map does not.
            /// </summary>
            public (int Line, int Column) Position(Mark mark) => _lines.Position(mark.Index > int.MaxValue ? int.MaxValue : (int)mark.Index);

            public YamlMarks Marks(Mark start, Mark end)
            {
                var (startLine, startColumn) = Position(start);
                var (endLine, endColumn) = Position(end);
                return new YamlMarks(startLine, startColumn, endLine, endColumn);
            }

            /// <summary>
            /// The marks of a list or mapping. The event that ends a flow collection is marked at its <c>]</c> or <c>}</c>,
            /// not after it, so the bracket is added; a block collection ends where the next value starts.
            /// </summary>
            public YamlMarks Around(Mark start, ParsingEvent end, bool flow)
            {
                var marks = Marks(start, end.End);
                return flow ? marks with { EndColumn = marks.EndColumn + 1 } : marks;
            }

            public YamlValue Remember(NodeEvent node, YamlValue value)
            {
                if (!node.Anchor.IsEmpty)
                {
                    Anchors[node.Anchor.Value] = value;
                }

                return value;
            }
        }
    }
}
