using System;
using System.Diagnostics;
using System.Linq;

namespace ResearchContent.Fuzz.Minimizing
{
    /// <summary>
    /// Delta debugging, simplified (Zeller's ddmin, complements only): removes chunks of the units, halving the chunk
    /// size when no removal keeps the failure, until single units are tried. Bounded by a number of tries and a time.
    /// </summary>
    internal sealed class DeltaMinimizer
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly TimeSpan _time;
        private int _triesLeft;

        public DeltaMinimizer(int tries, TimeSpan time)
        {
            _triesLeft = tries;
            _time = time;
        }

        public bool Exhausted => _triesLeft <= 0 || _clock.Elapsed > _time;

        /// <summary>The smallest subsequence found for which <paramref name="fails"/> still holds.</summary>
        public T[] Minimize<T>(T[] units, Func<T[], bool> fails)
        {
            var chunk = Math.Max(1, units.Length / 2);
            while (units.Length > 0 && !Exhausted)
            {
                var removed = false;
                // From the end, so that removing a chunk does not move the ones still to try.
                for (var start = (units.Length - 1) / chunk * chunk; start >= 0 && !Exhausted; start -= chunk)
                {
                    if (start >= units.Length)
                    {
                        continue;
                    }

                    var candidate = units[..start].Concat(units[Math.Min(units.Length, start + chunk)..]).ToArray();
                    _triesLeft--;
                    if (fails(candidate))
                    {
                        units = candidate;
                        removed = true;
                    }
                }

                if (chunk == 1 && !removed)
                {
                    break;
                }

                chunk = removed ? Math.Min(chunk, Math.Max(1, units.Length / 2)) : Math.Max(1, chunk / 2);
            }

            return units;
        }
    }
}
