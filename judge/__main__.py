from judge.cli.main import main

main()
