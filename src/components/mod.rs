mod article_view;
mod deferred;
mod embed_dialog;
mod kursk_map;
mod quote_explorer;
mod troop_charts;

pub use article_view::ArticleView;
pub use deferred::Deferred;
pub use embed_dialog::EmbedDialog;
pub use kursk_map::{prepare as prepare_map, KurskMap};
pub use quote_explorer::QuoteExplorer;
pub use troop_charts::TroopCharts;
