using System;
using System.IO;

namespace ResearchContent.Reports
{
    /// <summary>The command line: with no arguments, the report of the embedded content.</summary>
    internal static class ReportCommand
    {
        public static int Run(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0)
            {
                new CatalogReport(ResearchCatalog.Pages, ResearchCatalog.Diagnostics).Write(output);
                return 0;
            }

            if (args[0] is "-h" or "--help" or "help")
            {
                output.WriteLine("Usage: ResearchContent.Reports            print the report of the embedded content");
                return 0;
            }

            error.WriteLine($"Unknown command '{args[0]}'. Run with --help for usage.");
            return 2;
        }
    }
}
