using System.IO;
using System.Linq;

namespace ResearchContent.Reports
{
    /// <summary>The command line: with no arguments, the report of the embedded content; <c>export</c> for bibliographies.</summary>
    internal static class ReportCommand
    {
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || args[0] == "report")
            {
                new CatalogReport(ResearchCatalog.Pages, ResearchCatalog.Publications, ResearchCatalog.Diagnostics).Write(output);
                return 0;
            }

            if (args[0] == "export")
            {
                return ExportCommand.Run(args.Skip(1).ToArray(), ResearchCatalog.Publications, output, error);
            }

            if (args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine("Usage:");
                output.WriteLine("  ResearchContent.Reports [report]    the report of the embedded content");
                output.WriteLine("  ResearchContent.Reports " + ExportCommand.Usage);
                return 0;
            }

            error.WriteLine($"Unknown command '{args[0]}'. Run with --help for usage.");
            return 2;
        }
    }
}
