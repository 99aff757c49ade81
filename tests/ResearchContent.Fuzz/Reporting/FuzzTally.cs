using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ResearchContent.Fuzz.Checking;
using ResearchContent.Fuzz.Inputs;

namespace ResearchContent.Fuzz.Reporting
{
    /// <summary>Inputs tried and invariants broken, per input kind; safe to add to from several threads.</summary>
    public sealed class FuzzTally
    {
        private readonly object _gate = new();
        private readonly Dictionary<InputKind, long> _inputs = new();
        private readonly Dictionary<(InputKind, Invariant), long> _broken = new();
        private TimeSpan _slowest;

        public long Inputs
        {
            get
            {
                lock (_gate)
                {
                    return _inputs.Values.Sum();
                }
            }
        }

        public long Findings
        {
            get
            {
                lock (_gate)
                {
                    return _broken.Values.Sum();
                }
            }
        }

        public TimeSpan Slowest
        {
            get
            {
                lock (_gate)
                {
                    return _slowest;
                }
            }
        }

        public void Add(InputKind kind, Invariant? broken, TimeSpan elapsed)
        {
            lock (_gate)
            {
                _inputs[kind] = _inputs.GetValueOrDefault(kind) + 1;
                if (broken is { } invariant)
                {
                    _broken[(kind, invariant)] = _broken.GetValueOrDefault((kind, invariant)) + 1;
                }

                _slowest = elapsed > _slowest ? elapsed : _slowest;
            }
        }

        public long Count(InputKind kind, Invariant invariant)
        {
            lock (_gate)
            {
                return _broken.GetValueOrDefault((kind, invariant));
            }
        }

        /// <summary>The table of docs/reliability.md: a row per kind, a column per invariant.</summary>
        public string Table()
        {
            lock (_gate)
            {
                var invariants = Enum.GetValues<Invariant>();
                var table = new StringBuilder("| kind | inputs | " + string.Join(" | ", invariants.Select(Column)) + " |\n");
                table.Append("| --- | ---: |").Append(string.Concat(invariants.Select(_ => " ---: |"))).Append('\n');
                foreach (var kind in Enum.GetValues<InputKind>())
                {
                    table.Append($"| {kind} | {_inputs.GetValueOrDefault(kind):N0} |")
                        .Append(string.Concat(invariants.Select(i => $" {_broken.GetValueOrDefault((kind, i)):N0} |")))
                        .Append('\n');
                }

                table.Append($"| total | {_inputs.Values.Sum():N0} |")
                    .Append(string.Concat(invariants.Select(i => $" {_broken.Where(b => b.Key.Item2 == i).Sum(b => b.Value):N0} |")))
                    .Append('\n');
                return table.ToString();
            }
        }

        private static string Column(Invariant invariant) => invariant switch
        {
            Invariant.Crash => "crashes",
            Invariant.LocationOutsideFile => "locations outside the file",
            Invariant.LostEntry => "lost entries",
            Invariant.Uncompilable => "uncompilable outputs",
            Invariant.Nondeterministic => "nondeterminism",
            _ => "timeouts",
        };
    }
}
