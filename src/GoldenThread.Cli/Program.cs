using GoldenThread.Cli;

return await GoldenThreadCommandLine.Build().Parse(args).InvokeAsync();
