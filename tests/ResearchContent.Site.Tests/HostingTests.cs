using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading.Tasks;
using ResearchContent.Site.Tests.Infrastructure;
using Xunit;

namespace ResearchContent.Site.Tests
{
    /// <summary>The built site as a user starts it: loopback by default, and <c>--urls</c> as usual.</summary>
    public sealed class HostingTests
    {
        [Fact]
        public async Task Without_urls_the_site_listens_on_loopback_only()
        {
            var log = await RunUntilListening();

            Assert.Contains("Now listening on: " + SiteDefaults.Url, log);
            Assert.True(new Uri(SiteDefaults.Url).IsLoopback);
        }

        [Fact]
        public async Task With_urls_the_site_serves_the_embedded_content_there()
        {
            var port = FreePort();
            var url = "http://127.0.0.1:" + port;

            var log = await RunUntilListening("--urls", url);

            Assert.Contains("Now listening on: " + url, log);
        }

        /// <summary>Starts the built site, fetches the publications page once it listens, and stops it.</summary>
        private static async Task<string> RunUntilListening(params string[] arguments)
        {
            var start = SiteProcess.StartInfo(arguments);

            var log = new StringBuilder();
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var process = Process.Start(start)!;
            process.OutputDataReceived += (_, e) =>
            {
                if (e.Data is null)
                {
                    return;
                }

                lock (log)
                {
                    log.AppendLine(e.Data);
                }

                var marker = e.Data.IndexOf("Now listening on: ", StringComparison.Ordinal);
                if (marker >= 0)
                {
                    listening.TrySetResult(e.Data.Substring(marker + "Now listening on: ".Length).Trim());
                }
            };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var exited = process.WaitForExitAsync();
                var first = await Task.WhenAny(listening.Task, exited, Task.Delay(TimeSpan.FromMinutes(2)));
                if (first != listening.Task)
                {
                    lock (log)
                    {
                        throw new InvalidOperationException("The site did not start listening:\n" + log);
                    }
                }

                var address = await listening.Task;
                using var client = new HttpClient();
                var response = await client.GetAsync(address + "/publications/");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains("Selective Kernel Res-Attention UNet", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                lock (log)
                {
                    return log.ToString();
                }
            }
            finally
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }
}
