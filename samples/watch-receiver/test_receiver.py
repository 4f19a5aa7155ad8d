"""python3 -m unittest samples/watch-receiver/test_receiver.py: the receiver accepts what query-service signs."""
import hashlib
import hmac
import unittest

from receiver import verify


class VerifyTest(unittest.TestCase):
    SECRET = "whsec_test"
    BODY = b'{"kind":"match","articleId":"a1"}'

    def header(self, t, body=BODY, secret=SECRET):
        mac = hmac.new(secret.encode(), str(t).encode() + b"." + body, hashlib.sha256).hexdigest()
        return f"t={t},v1={mac}"

    def test_a_fresh_signature_verifies(self):
        self.assertTrue(verify(self.SECRET, self.header(1000), self.BODY, 1010))

    def test_a_changed_body_or_secret_does_not(self):
        self.assertFalse(verify(self.SECRET, self.header(1000), self.BODY + b" ", 1010))
        self.assertFalse(verify(self.SECRET, self.header(1000, secret="other"), self.BODY, 1010))

    def test_a_stale_or_malformed_header_does_not(self):
        self.assertFalse(verify(self.SECRET, self.header(1000), self.BODY, 1000 + 301))
        self.assertFalse(verify(self.SECRET, "v1=abc", self.BODY, 1000))


if __name__ == "__main__":
    unittest.main()
