"""Thin views: validate, call one service, message, redirect."""
