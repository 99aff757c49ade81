using System.Text.RegularExpressions;

namespace ResearchContent.Generators.Sources.Citations
{
    /// <summary>
    /// A repository or data centre that distributes data sets: <c>Zenodo</c>, <c>PANGAEA</c>, <c>Dryad</c>, <c>…
    /// Climate Data Store (CDS)</c>, <c>NASA EOSDIS Land Processes DAAC</c>. A work it publishes is a data set (or
    /// software), which has no kind of its own and is read as a report, by its distributor, also without a "[Dataset]" marker.
    /// </summary>
    internal static class DataRepository
    {
        private static readonly Regex Name = CitationRegex.Create(
            @"\b(?:Zenodo|figshare|Dryad|PANGAEA|Dataverse|Mendeley\s+Data|DAAC|Data\s+(?:Store|Cent(?:er|re)|Archive|Repository|Portal|Services))\b",
            RegexOptions.IgnoreCase);

        public static bool Is(string? container) => container is not null && Name.IsMatch(container);
    }
}
