// Every test here starts a real dotnet process (most in tmux); on a 2-core machine running them one at a
// time keeps their polling deadlines honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
