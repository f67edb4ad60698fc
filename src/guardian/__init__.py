"""Guardian: an offline guide for parents to keep children safe online."""

__version__ = "0.1.0"
APP_ID = "org.guardianfamily.Guardian"
APP_NAME = "Guardian"
