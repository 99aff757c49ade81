using System;
using System.Text;
using ResearchContent;
using ResearchContent.Reports;

Console.OutputEncoding = Encoding.UTF8;
return ReportCommand.Run(args, Console.Out, Console.Error);
