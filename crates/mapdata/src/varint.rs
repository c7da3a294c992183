//! LEB128 varints (7 bits per byte, low groups first) and zigzag mapping of
//! signed integers, so small magnitudes of either sign take one byte.

/// Maps a signed integer to an unsigned one: 0→0, −1→1, 1→2, −2→3, …
///
/// ```
/// assert_eq!(mapdata::varint::zigzag(-1), 1);
/// assert_eq!(mapdata::varint::unzigzag(mapdata::varint::zigzag(i64::MIN)), i64::MIN);
/// ```
pub fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

/// Inverse of [`zigzag`]; total on all `u64`.
pub fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

/// Appends `v` as an unsigned LEB128 varint (1 to 10 bytes).
pub fn write_u64(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8 & 0x7f) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Appends `v` zigzag-mapped as a varint.
pub fn write_i64(out: &mut Vec<u8>, v: i64) {
    write_u64(out, zigzag(v));
}

/// Reads an unsigned varint from `bytes` at `*pos`, advancing `*pos`.
///
/// Returns `None` when the input ends inside the varint or the value does not
/// fit in 64 bits (more than 10 bytes, or excess bits in the tenth byte);
/// `*pos` is then unspecified.
pub fn read_u64(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    let mut shift = 0u32;
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        let low = u64::from(b & 0x7f);
        if shift == 63 && low > 1 {
            return None;
        }
        v |= low << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
        if shift > 63 {
            return None;
        }
    }
}

/// Reads a zigzag varint, see [`read_u64`].
pub fn read_i64(bytes: &[u8], pos: &mut usize) -> Option<i64> {
    read_u64(bytes, pos).map(unzigzag)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn empty_input_is_none() {
        let mut p = 0;
        assert_eq!(read_u64(&[], &mut p), None);
    }

    #[test]
    fn truncated_varint_is_none() {
        let mut p = 0;
        assert_eq!(read_u64(&[0x80, 0x80], &mut p), None);
    }

    #[test]
    fn overlong_varint_is_none() {
        let mut p = 0;
        assert_eq!(read_u64(&[0xff; 11], &mut p), None);
        let mut p = 0;
        let mut ten = vec![0xff; 9];
        ten.push(0x02); // bit 64 set
        assert_eq!(read_u64(&ten, &mut p), None);
    }

    #[test]
    fn round_trips() {
        for v in [0u64, 1, 127, 128, 300, u64::from(u32::MAX), u64::MAX] {
            let mut out = Vec::new();
            write_u64(&mut out, v);
            let mut p = 0;
            assert_eq!(read_u64(&out, &mut p), Some(v));
            assert_eq!(p, out.len());
        }
        for v in [0i64, -1, 1, -64, 64, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            write_i64(&mut out, v);
            let mut p = 0;
            assert_eq!(read_i64(&out, &mut p), Some(v));
        }
    }

    #[test]
    fn small_values_take_one_byte() {
        let mut out = Vec::new();
        write_i64(&mut out, -63);
        write_i64(&mut out, 63);
        assert_eq!(out.len(), 2);
    }
}
