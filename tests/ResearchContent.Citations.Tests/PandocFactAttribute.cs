using Xunit;

namespace ResearchContent.Citations.Tests
{
    /// <summary>
    /// A test that needs pandoc: skipped with a message on a developer machine without it, but run (and so failing)
    /// when CI is set, where a missing pandoc is a broken setup rather than a choice.
    /// </summary>
    public sealed class PandocFactAttribute : FactAttribute
    {
        public PandocFactAttribute()
        {
            if (!Pandoc.IsAvailable && !Pandoc.IsCi)
            {
                Skip = "pandoc is not installed (apt-get install -y pandoc); set CI=true to make this a failure.";
            }
        }
    }
}
