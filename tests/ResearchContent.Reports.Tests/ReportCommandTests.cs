using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ResearchContent.Reports.Tests
{
    /// <summary>The console report and the export command over the embedded content, run in process.</summary>
    public sealed class ReportCommandTests
    {
        private static (int Code, string Output, string Error) Run(params string[] args)
        {
            using var output = new StringWriter { NewLine = "\n" };
            using var error = new StringWriter { NewLine = "\n" };
            var code = ReportCommand.Run(args, output, error);
            return (code, output.ToString(), error.ToString());
        }

        [Fact]
        public void The_report_lists_each_year_newest_first_with_every_publication()
        {
            var (code, output, _) = Run();

            Assert.Equal(0, code);
            var lines = output.Split('\n');
            Assert.Equal("Research — 4 publications", lines[0]);
            Assert.True(Array.IndexOf(lines, "2021") < Array.IndexOf(lines, "2020"));
            Assert.Equal(
                new[] { "[2021-#3] zhang2021selective", "[2021-#2] xu2021small", "[2021-#1] luo2021deriving", "[2020-#1] wang2020space" },
                lines.Where(l => l.StartsWith("[", StringComparison.Ordinal)));
            Assert.Contains("  基于深度学习生成失相干掩膜及其在TanDEM-X干涉图中的应用", lines);
            Assert.Contains("  Xu, A.; Zhao, Y.; Wang, T.; Ren, C.; Yue, H.", lines);
            Assert.Contains("  https://doi.org/10.3389/feart.2021.672809", lines);
            Assert.Contains("  Figure: /images/xuandong.png, 500px (image file missing)", lines);
        }

        [Fact]
        public void The_report_ends_with_the_validation_summary()
        {
            var output = Run().Output;

            var summary = output.Substring(output.IndexOf("Validation:", StringComparison.Ordinal));
            Assert.StartsWith("Validation: 7 warnings, 1 message\n", summary);
            Assert.Contains("  RC2001 warning ×4: The image '/images/zhangqi.png' is not among the project's content files.", summary);
            Assert.Contains("    at content/publications.md lines 17, 34, 51, 68\n", summary);
            Assert.Contains("  RC2002 warning ×3: The alt text 'softwareTitleEn' is also used on line 17.", summary);
            Assert.Contains("  RC3001 info ×1: Link the DOI as 'https://doi.org/10.1029/2020GL090206'", summary);
        }

        [Theory]
        [InlineData("bibtex", "@article{wang2020space,")]
        [InlineData("csl-json", "\"id\": \"wang2020space\"")]
        [InlineData("ris", "TY  - JOUR")]
        [InlineData("apa", "Wang, T., Jiao, L., Tapponnier, P., Shi, X., & Wei, S. (2020).")]
        [InlineData("agu", "Zhang, Q., T. Wang, Y. Pei, and X. Shi (2021), Selective Kernel Res-Attention UNet")]
        [InlineData("ieee", "Geophys")]
        public void Export_writes_each_format_to_standard_output(string format, string expected)
        {
            var (code, output, error) = Run("export", "--format", format);

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }

        [Fact]
        public void Export_writes_a_file_with_out()
        {
            var path = Path.Combine(Path.GetTempPath(), "rc-export-" + Guid.NewGuid().ToString("N") + ".bib");
            try
            {
                var (code, output, error) = Run("export", "--format", "bibtex", "--out", path);

                Assert.Equal(0, code);
                Assert.Empty(output);
                Assert.Contains("Wrote 4 publications as bibtex", error);
                Assert.Equal(4, File.ReadAllText(path).Split("@article{").Length - 1);
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Theory]
        [InlineData(new[] { "export" }, "Missing --format")]
        [InlineData(new[] { "export", "--format", "docx" }, "Unknown format 'docx'")]
        [InlineData(new[] { "frobnicate" }, "Unknown command 'frobnicate'")]
        public void Bad_arguments_say_what_to_do_and_exit_with_2(string[] args, string message)
        {
            var (code, _, error) = Run(args);

            Assert.Equal(2, code);
            Assert.Contains(message, error);
        }
    }
}
