//! A zip archive of a few small text files, stored without compression
//! (the Studio's "Story-Ordner": `article.txt` and `story.toml` in a
//! folder), and reading back such an archive ("Öffnen"). Pure, so the
//! format is tested on the host; any unzip tool reads what [`write`] makes.

/// CRC-32 (IEEE), as zip wants it.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// General-purpose flag: names are UTF-8.
const UTF8: u16 = 1 << 11;
/// 1 January 2026, 00:00, in DOS form (zip has no time zone; a fixed date
/// keeps an export of the same story byte for byte the same).
const DOS_DATE: u16 = ((2026 - 1980) << 9) | (1 << 5) | 1;

/// The archive of `files` (path, contents), in that order.
pub fn write(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in files {
        let offset = out.len() as u32;
        let crc = crc32(data);
        let (len, name_len) = (data.len() as u32, name.len() as u16);
        // Local file header.
        u32le(&mut out, 0x0403_4b50);
        u16le(&mut out, 20);
        u16le(&mut out, UTF8);
        u16le(&mut out, 0); // stored
        u16le(&mut out, 0);
        u16le(&mut out, DOS_DATE);
        u32le(&mut out, crc);
        u32le(&mut out, len);
        u32le(&mut out, len);
        u16le(&mut out, name_len);
        u16le(&mut out, 0);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        // Its central directory entry.
        u32le(&mut central, 0x0201_4b50);
        u16le(&mut central, 20);
        u16le(&mut central, 20);
        u16le(&mut central, UTF8);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, DOS_DATE);
        u32le(&mut central, crc);
        u32le(&mut central, len);
        u32le(&mut central, len);
        u16le(&mut central, name_len);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u16le(&mut central, 0);
        u32le(&mut central, 0);
        u32le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let (start, size) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    u32le(&mut out, 0x0605_4b50);
    u16le(&mut out, 0);
    u16le(&mut out, 0);
    u16le(&mut out, files.len() as u16);
    u16le(&mut out, files.len() as u16);
    u32le(&mut out, size);
    u32le(&mut out, start);
    u16le(&mut out, 0);
    out
}

/// The stored files of an archive (path, contents), as [`write`] makes
/// them; compressed entries, broken archives or a wrong checksum give a
/// message instead.
pub fn read(bytes: &[u8]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let u16at = |i: usize| -> Result<u16, String> {
        bytes
            .get(i..i + 2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .ok_or_else(|| "Die Zip-Datei ist unvollständig.".to_owned())
    };
    let u32at = |i: usize| -> Result<u32, String> {
        bytes
            .get(i..i + 4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .ok_or_else(|| "Die Zip-Datei ist unvollständig.".to_owned())
    };
    let mut files = Vec::new();
    let mut i = 0;
    while u32at(i).ok() == Some(0x0403_4b50) {
        let method = u16at(i + 8)?;
        let flags = u16at(i + 6)?;
        let crc = u32at(i + 14)?;
        let size = u32at(i + 18)? as usize;
        let name_len = u16at(i + 26)? as usize;
        let extra = u16at(i + 28)? as usize;
        if method != 0 || flags & 0x8 != 0 {
            return Err(
                "Die Zip-Datei ist komprimiert: Bitte die Dateien article.txt und story.toml einzeln öffnen."
                    .to_owned(),
            );
        }
        let name_at = i + 30;
        let data_at = name_at + name_len + extra;
        let name = bytes
            .get(name_at..name_at + name_len)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .ok_or("Die Zip-Datei ist unvollständig.")?;
        let data = bytes
            .get(data_at..data_at + size)
            .ok_or("Die Zip-Datei ist unvollständig.")?
            .to_vec();
        if crc32(&data) != crc {
            return Err(format!(
                "{name}: Prüfsumme stimmt nicht, die Datei ist beschädigt."
            ));
        }
        files.push((name, data));
        i = data_at + size;
    }
    if files.is_empty() {
        return Err("Keine Zip-Datei eines Story-Ordners.".to_owned());
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_is_the_standard_one() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn an_archive_reads_back_and_a_broken_one_says_so() {
        let text = "Ein Satz mit Ümlauten.\n".as_bytes();
        let zip = write(&[
            ("probe/article.txt", text),
            ("probe/story.toml", b"title = []"),
        ]);
        let files = read(&zip).expect("reads");
        assert_eq!(files.len(), 2);
        assert_eq!(files[0].0, "probe/article.txt");
        assert_eq!(files[0].1, text);
        assert_eq!(files[1].1, b"title = []");
        // The end record counts both entries.
        assert_eq!(
            &zip[zip.len() - 22..zip.len() - 18],
            &[0x50, 0x4b, 0x05, 0x06]
        );
        let mut broken = zip.clone();
        broken[50] ^= 0xff;
        assert!(read(&broken).is_err());
        assert!(read(&zip[..20]).is_err());
        assert!(read(b"").is_err());
    }

    #[test]
    fn another_zip_reader_reads_it() {
        let zip = write(&[
            ("a/article.txt", "Grüße\n".as_bytes()),
            ("a/story.toml", b"x = 1\n"),
        ]);
        let path = std::env::temp_dir().join(format!("lagebild-zip-{}.zip", std::process::id()));
        std::fs::write(&path, &zip).expect("written");
        // Python's zipfile checks the directory and every CRC (testzip).
        let out = std::process::Command::new("python3")
            .args([
                "-c",
                "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; print(z.namelist(), z.read('a/article.txt').decode())",
            ])
            .arg(&path)
            .output()
            .expect("python3 runs");
        let _ = std::fs::remove_file(&path);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let said = String::from_utf8_lossy(&out.stdout);
        assert!(
            said.contains("['a/article.txt', 'a/story.toml'] Grüße"),
            "{said}"
        );
    }
}
