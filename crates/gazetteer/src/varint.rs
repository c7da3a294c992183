//! LEB128 varints and zigzag integers: the byte codec of the asset.

/// Appends `v` as an unsigned LEB128 varint.
pub fn put(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends `v` zigzag-encoded.
pub fn put_signed(out: &mut Vec<u8>, v: i64) {
    put(out, ((v << 1) ^ (v >> 63)) as u64);
}

/// A forward reader over bytes; every read returns `None` at the end or on
/// a malformed value, never panics.
#[derive(Debug, Clone)]
pub struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, pos: 0 }
    }

    /// True when every byte has been read.
    pub fn is_empty(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    /// The next unsigned varint (at most 10 bytes).
    pub fn get(&mut self) -> Option<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = *self.bytes.get(self.pos)?;
            self.pos += 1;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }

    /// The next zigzag varint.
    pub fn get_signed(&mut self) -> Option<i64> {
        let v = self.get()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// The next `n` bytes.
    pub fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.pos.checked_add(n)?;
        let s = self.bytes.get(self.pos..end)?;
        self.pos = end;
        Some(s)
    }

    /// A length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Option<&'a str> {
        let n = usize::try_from(self.get()?).ok()?;
        std::str::from_utf8(self.bytes(n)?).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_reads_nothing() {
        let mut r = Reader::new(&[]);
        assert!(r.is_empty());
        assert_eq!(r.get(), None);
        assert_eq!(r.str(), None);
    }

    #[test]
    fn round_trip() {
        const UNSIGNED: [u64; 7] = [0, 1, 127, 128, 300, u32::MAX as u64, u64::MAX];
        const SIGNED: [i64; 8] = [0, -1, 1, -64, 64, i32::MIN as i64, i64::MAX, i64::MIN];
        let mut out = Vec::new();
        for v in UNSIGNED {
            put(&mut out, v);
        }
        for v in SIGNED {
            put_signed(&mut out, v);
        }
        let mut r = Reader::new(&out);
        for v in UNSIGNED {
            assert_eq!(r.get(), Some(v));
        }
        for v in SIGNED {
            assert_eq!(r.get_signed(), Some(v));
        }
        assert!(r.is_empty());
    }

    #[test]
    fn overlong_and_truncated_values_fail() {
        assert_eq!(Reader::new(&[0x80; 11]).get(), None);
        assert_eq!(Reader::new(&[0x80]).get(), None);
        assert_eq!(Reader::new(&[5, b'a']).str(), None);
        assert_eq!(Reader::new(&[2, 0xff, 0xfe]).str(), None);
    }
}
