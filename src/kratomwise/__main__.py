from kratomwise.cli.main import run

run()
